/** The tag keys that mark an instance as one clinic's ORCA server; shared by provisioning and the local cloud. */
export const tagKeys = {
  clinic: "orca-fleet:clinic",
  managedBy: "orca-fleet:managed-by",
  orcaVersion: "orca-fleet:orca-version",
  ami: "orca-fleet:ami",
  name: "Name",
} as const;

/** The value of the managed-by tag on every instance the toolkit launched. */
export const managedByValue = "orca-fleet";
