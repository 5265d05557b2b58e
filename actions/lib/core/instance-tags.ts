/** The tag keys that mark an instance as one clinic's ORCA server; shared by provisioning and the local cloud. */
export const tagKeys = {
  clinic: "orca-fleet:clinic",
  managedBy: "orca-fleet:managed-by",
  orcaVersion: "orca-fleet:orca-version",
  ami: "orca-fleet:ami",
  name: "Name",
  /**
   * The workflow run whose apply launched the instance. Part of the launch request, so a second apply racing the
   * first for the same ClientToken is refused by EC2 and learns from this tag which apply holds the clinic.
   */
  launchedBy: "orca-fleet:launched-by",
  /** What the last rollout run recorded on the instance: the release it aimed at, how it ended, in which wave, when. */
  rolloutTarget: "orca-fleet:rollout-target",
  rolloutOutcome: "orca-fleet:rollout-outcome",
  rolloutWave: "orca-fleet:rollout-wave",
  rolloutAt: "orca-fleet:rollout-at",
  /**
   * What the liveness sweep counts on the instance (the role may write only orca-fleet:health-*): failing and healthy
   * sweeps in a row, restarts that did not heal, the last sweeps' outcomes for flapping ("1" failing, newest last),
   * when the failing streak began, the restarts of the last hour, the sweep that last counted (so a re-run of one
   * sweep does not count twice), and a digest of what was last recorded in the fleet's history.
   */
  healthFailures: "orca-fleet:health-failures",
  healthSuccesses: "orca-fleet:health-successes",
  healthRestarts: "orca-fleet:health-restarts",
  healthRecent: "orca-fleet:health-recent",
  healthSince: "orca-fleet:health-since",
  healthRestartedAt: "orca-fleet:health-restarted-at",
  healthSweep: "orca-fleet:health-sweep",
  healthRecorded: "orca-fleet:health-recorded",
  /** A failed update's step and first line of error, for the comment of later runs (≤256 characters). */
  rolloutError: "orca-fleet:rollout-error",
  /** A maintainer's resume acknowledged every failure recorded up to this time (ISO): they no longer halt. */
  rolloutAcknowledged: "orca-fleet:rollout-acknowledged-through",
} as const;

/** The value of the managed-by tag on every instance the toolkit launched. */
export const managedByValue = "orca-fleet";
