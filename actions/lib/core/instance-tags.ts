/** The tag keys that mark an instance as one clinic's ORCA server; shared by provisioning and the local cloud. */
export const tagKeys = {
  clinic: "orca-fleet:clinic",
  managedBy: "orca-fleet:managed-by",
  orcaVersion: "orca-fleet:orca-version",
  ami: "orca-fleet:ami",
  name: "Name",
  /** What the last rollout run recorded on the instance: the release it aimed at, how it ended, in which wave, when. */
  rolloutTarget: "orca-fleet:rollout-target",
  rolloutOutcome: "orca-fleet:rollout-outcome",
  rolloutWave: "orca-fleet:rollout-wave",
  rolloutAt: "orca-fleet:rollout-at",
  /** A failed update's step and first line of error, for the comment of later runs (≤256 characters). */
  rolloutError: "orca-fleet:rollout-error",
  /** A maintainer's resume acknowledged every failure recorded up to this time (ISO): they no longer halt. */
  rolloutAcknowledged: "orca-fleet:rollout-acknowledged-through",
} as const;

/** The value of the managed-by tag on every instance the toolkit launched. */
export const managedByValue = "orca-fleet";
