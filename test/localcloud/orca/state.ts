import { z } from "zod";

/** One clinic's simulated WebORCA: what its systeminfv2 answers and how it reacts to a restart or an update. */
export const orcaHealths = ["healthy", "slow", "api-error", "down", "hung"] as const;
export type OrcaHealth = (typeof orcaHealths)[number];

export const orcaStateSchema = z.strictObject({
  /** Release, e.g. "5.2.0"; answered as Jma_Receipt_Version "050200-<build>". */
  version: z.string().regex(/^[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,2}$/, "a release like 5.2.0"),
  build: z.int().min(0).max(99),
  /**
   * healthy: answers at once; slow: answers after `slowMs`; api-error: answers `apiErrorResult`;
   * down: the service is stopped (the connection closes unanswered); hung: accepts and never answers.
   */
  health: z.enum(orcaHealths),
  slowMs: z.int().min(0).max(600_000),
  apiErrorResult: z
    .string()
    .regex(/^[0-9]{4}$/, "a four-digit Api_Result")
    .refine((r) => r !== "0000", "an error result, not 0000"),
  /** Whether `systemctl restart jma-receipt-weborca` brings a broken ORCA back to healthy. */
  restartHeals: z.boolean(),
  /** Releases whose program update fails, leaving the database structure behind (Local_Version < New_Version). */
  updateFailsFor: z.array(z.string()),
  /** The database structure is older than the program expects: Database_Information Local and New differ. */
  schemaBehind: z.boolean(),
  /** ORCA's server clock minus true time; 1,800 s or more apart makes systeminfv2 answer 0006. */
  clockOffsetSeconds: z.int().min(-31_536_000).max(31_536_000),
  /** Releases ORCA's apt repository offers (orca-update's preflight refuses any other target). */
  availableReleases: z.array(z.string()),
  /** Releases whose package install fails (apt-get exits 100): orca-update rolls back from its update step. */
  installFailsFor: z.array(z.string()),
  /** Reinstalling the previous release fails, so an update that must roll back ends rollback-failed. */
  rollbackFails: z.boolean(),
  /** Another orca-update holds the server's lock: a new one answers busy. */
  updateLockHeld: z.boolean(),
  /** The marker an interrupted orca-update left (power loss, agent restart), or null. */
  interruptedUpdate: z
    .strictObject({
      target: z.string(),
      releaseBefore: z.string(),
      step: z.enum(["update", "postcheck", "rollback"]),
      backupKey: z.string(),
    })
    .nullable(),
  /** Free disk under the backup folder, and the size of ORCA's database, in MB. */
  freeDiskMb: z.int().nonnegative(),
  databaseMb: z.int().nonnegative(),
  /** Masters whose Local_Version differs from New_Version (their master update has not been run). */
  mastersBehind: z.array(z.string().min(1)),
  /** The size of the data volume, in MB: the healthcheck reports freeDiskMb of it and the share that is free. */
  diskSizeMb: z.int().positive(),
  /** `systemctl is-active` of jma-receipt-weborca and of postgresql, as orca-healthcheck reports them. */
  orcaServiceActive: z.boolean(),
  postgresqlActive: z.boolean(),
  /** Whole days left on the server certificate jma-receipt.conf's SERVER_CRT names; null when none is set. */
  certificateDaysLeft: z.int().min(-36_500).max(36_500).nullable(),
});
export type OrcaState = z.infer<typeof orcaStateSchema>;

export function defaultOrcaState(): OrcaState {
  return {
    version: "5.2.0",
    build: 1,
    health: "healthy",
    slowMs: 3_000,
    apiErrorResult: "0003",
    restartHeals: true,
    updateFailsFor: [],
    schemaBehind: false,
    clockOffsetSeconds: 0,
    availableReleases: ["5.2.0", "5.2.1"],
    installFailsFor: [],
    rollbackFails: false,
    updateLockHeld: false,
    interruptedUpdate: null,
    freeDiskMb: 20_000,
    databaseMb: 8,
    mastersBehind: [],
    diskSizeMb: 40_000,
    orcaServiceActive: true,
    postgresqlActive: true,
    certificateDaysLeft: 365,
  };
}

/** ORCA's own spelling of a release: two digits each for major, minor and patch, then the build. */
export function jmaReceiptVersion(version: string, build: number): string {
  const parts = version.split(".").map((p) => p.padStart(2, "0"));
  return `${parts.join("")}-${build}`;
}

/**
 * ORCA while the instance's first boot is still setting it up (cloud-init's runcmd has not started the service):
 * the service is not active and nothing listens, so the healthcheck's probe finds the connection refused.
 */
export function firstBooting(state: OrcaState): OrcaState {
  return { ...state, health: "down", orcaServiceActive: false };
}

/** ORCA after a first boot whose setup failed: the service never came up, and a restart does not bring it. */
export function firstBootFailed(state: OrcaState): OrcaState {
  return { ...firstBooting(state), restartHeals: false };
}

/** What a restart does to the simulated service: when it heals, the service is active and answers. */
export function restarted(state: OrcaState): OrcaState {
  if (!state.restartHeals || (state.health === "healthy" && state.orcaServiceActive)) return state;
  return { ...state, health: "healthy", orcaServiceActive: true };
}
