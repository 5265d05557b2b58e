import { z } from "zod";
import { instanceIdSchema } from "./instance-id.js";
import { type UpdateResult, updateResultSchema, updateSucceeded } from "./update-result.js";

/**
 * The result-line contract: the last line that every toolkit SSM document prints on stdout, a marker followed by
 * one JSON object. Actions read it from command output; the local cloud's simulated agents print it; the documents'
 * own tests check the real scripts against it. Bump `v` (and keep parsing the old one) when a field changes meaning.
 */
export const resultMarker = "ORCA_FLEET_RESULT";

/**
 * v1: orca-healthcheck and orca-restart (their lines still say v1 and are still read). v2: adds orca-update, and
 * orca-healthcheck's v2 line with what the liveness sweep must know (services, masters, certificate, disk). A reader
 * of v2 reads both.
 */
export const contractVersion = 2;

/** How one liveness probe of ORCA's systeminfv2 API ended. Only `healthy` is good. */
export const probeStatuses = [
  "healthy",
  // Api_Result other than 0000 and not a clock problem (e.g. 0003 database management info unreadable, 0089).
  "api-error",
  // Api_Result 0005 (request ahead of the server clock) or 0006 (30 minutes or more apart).
  "clock-skew",
  // Api_Result 0000, but Database_Information Local and New versions differ: an update did not finish.
  "schema-mismatch",
  // Api_Result 0000 and the schema agrees, but masters' Local and New versions differ: their master update has not
  // been run (an operation of ORCA's own screens; reported, never "healed"). Only in v2 healthcheck lines.
  "masters-behind",
  // An HTTP answer other than 200.
  "http-error",
  // No HTTP answer: connection refused or closed, TLS failure.
  "unreachable",
  // No answer within the probe's timeout.
  "timeout",
  // HTTP 200 without a readable Api_Result.
  "bad-answer",
] as const;

export const probeStatusSchema = z.enum(probeStatuses);
export type ProbeStatus = z.infer<typeof probeStatusSchema>;

const instanceId = instanceIdSchema;

/** What one systeminfv2 probe saw; `null` where the answer did not carry the field. */
const probeFields = {
  status: probeStatusSchema,
  httpStatus: z.int().min(100).max(599).nullable(),
  apiResult: z
    .string()
    .regex(/^[0-9]{2,4}$/, "ORCA's Api_Result: 2-4 digits")
    .nullable(),
  apiResultMessage: z.string().max(500).nullable(),
  /** Jma_Receipt_Version as ORCA prints it, e.g. "050200-1". */
  jmaReceiptVersion: z.string().max(40).nullable(),
  /** The same as a release number, e.g. "5.2.0". */
  version: z
    .string()
    .regex(/^[0-9]+\.[0-9]+\.[0-9]+$/, "a release number like 5.2.0")
    .nullable(),
  databaseLocalVersion: z.string().max(40).nullable(),
  databaseNewVersion: z.string().max(40).nullable(),
  /** Wall time of the probe's HTTP request. */
  elapsedMs: z.int().nonnegative(),
  /** When the probe ran, UTC. */
  at: z.iso.datetime(),
};

export const healthcheckResultSchema = z.strictObject({
  v: z.literal(1),
  document: z.literal("orca-healthcheck"),
  instanceId,
  ok: z.boolean(),
  ...probeFields,
});

/** v2 of orca-healthcheck: the probe plus what the instance itself says. `null` where it could not be read. */
export const healthcheckResultV2Schema = z.strictObject({
  v: z.literal(2),
  document: z.literal("orca-healthcheck"),
  instanceId,
  ok: z.boolean(),
  ...probeFields,
  /** `systemctl is-active` of jma-receipt-weborca and of postgresql. */
  services: z.strictObject({ orca: z.boolean(), postgresql: z.boolean() }),
  /** The server's clock as systeminfv2 answered it (Japan time, as ORCA prints it). */
  serverTime: z.string().max(40).nullable(),
  /** Masters whose Local_Version differs from New_Version: the count, and at most 40 names. */
  masters: z
    .strictObject({
      behind: z.int().nonnegative(),
      names: z.array(z.string().max(60)).max(40),
      /** Master_Update_Information's Last_Update_Date, YYYY-MM-DD. */
      lastUpdateDate: z.iso.date().nullable(),
    })
    .nullable(),
  /** Whole days until the API's TLS server certificate expires (negative once expired). */
  certificateDaysLeft: z.int().nullable(),
  /** Free space on the data volume (PostgreSQL's data directory). */
  disk: z.strictObject({ freeMb: z.int().nonnegative(), freePercent: z.number().min(0).max(100) }).nullable(),
});

export const restartResultSchema = z.strictObject({
  v: z.literal(1),
  document: z.literal("orca-restart"),
  instanceId,
  ok: z.boolean(),
  /** Exit status of `systemctl restart jma-receipt-weborca`. */
  restartExitCode: z.int().min(0).max(255),
  /** Probes made after the restart until one was healthy or the wait ran out. */
  attempts: z.int().min(1),
  ...probeFields,
});

export const resultLineSchema = z
  .discriminatedUnion("document", [
    z.discriminatedUnion("v", [healthcheckResultSchema, healthcheckResultV2Schema]),
    restartResultSchema,
    updateResultSchema,
  ])
  .refine((r) => r.ok === resultIsOk(r), {
    message:
      "ok must be true exactly when the probe is healthy (for a restart, systemctl succeeded; for an update, the status is updated or already-current)",
    path: ["ok"],
  });

function resultIsOk(r: HealthcheckResult | HealthcheckResultV2 | RestartResult | UpdateResult): boolean {
  if (r.document === "orca-update") return updateSucceeded(r.status);
  return r.status === "healthy" && (r.document !== "orca-restart" || r.restartExitCode === 0);
}

export type ResultLine = z.infer<typeof resultLineSchema>;
export type HealthcheckResult = z.infer<typeof healthcheckResultSchema>;
export type HealthcheckResultV2 = z.infer<typeof healthcheckResultV2Schema>;
export type RestartResult = z.infer<typeof restartResultSchema>;
/** The lines of the documents that end in one systeminfv2 probe. */
export type ProbeResultLine = HealthcheckResult | HealthcheckResultV2 | RestartResult;
export type ToolkitDocumentName = ResultLine["document"];

export function formatResultLine(result: ResultLine): string {
  return `${resultMarker} ${JSON.stringify(resultLineSchema.parse(result))}`;
}

export type ParsedResult = { ok: true; result: ResultLine } | { ok: false; error: string };

/**
 * Finds the last result line in a document's output and validates it. Output may be cut (ListCommandInvocations
 * keeps 2,500 characters), so the caller should prefer GetCommandInvocation's fuller stdout.
 */
export function parseResultLine(stdout: string): ParsedResult {
  const line = stdout
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.startsWith(`${resultMarker} `))
    .at(-1);
  if (line === undefined) return { ok: false, error: `no ${resultMarker} line in the output` };
  let json: unknown;
  try {
    json = JSON.parse(line.slice(resultMarker.length + 1));
  } catch {
    return { ok: false, error: `the ${resultMarker} line is not JSON` };
  }
  const parsed = resultLineSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(line)"}: ${i.message}`).join("; ");
    return { ok: false, error: `the ${resultMarker} line breaks contract v${claimedVersion(json)}: ${issues}` };
  }
  return { ok: true, result: parsed.data };
}

/** The contract version a line says it follows, to name in an error; the newest when it says none we know. */
function claimedVersion(json: unknown): number {
  if (typeof json === "object" && json !== null && "v" in json && (json.v === 1 || json.v === 2)) return json.v;
  return contractVersion;
}

/** ORCA prints its release as "050200-1" (two digits each for major, minor, patch, then a build); "5.2.0" here. */
export function releaseOfJmaReceiptVersion(jmaReceiptVersion: string): string | null {
  const m = /^([0-9]{2})([0-9]{2})([0-9]{2})/.exec(jmaReceiptVersion);
  if (!m) return null;
  return `${Number(m[1])}.${Number(m[2])}.${Number(m[3])}`;
}
