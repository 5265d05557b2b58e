import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The toolkit's Command documents, as data: parameters (each with the pattern that keeps `{{ }}` substitution from
 * injecting shell) and the scripts that make up the one aws:runShellScript step. generate.ts writes them to
 * ssm-documents/<name>.yml, the files that sync-documents uploads and the local cloud recognises.
 */
export interface DocumentParameter {
  type: "String";
  description: string;
  /** Omitted for a parameter every sender must give (SSM then refuses a command without it). */
  default?: string;
  /** A valid value for a parameter without a default, for the documents' tests and readers. */
  example?: string;
  allowedPattern: string;
  /** The shell variable the script reads; omitted for parameters that SSM itself consumes. */
  shellVariable?: string;
}

export interface ToolkitDocument {
  name: string;
  description: string;
  parameters: Record<string, DocumentParameter>;
  stepName: string;
  /**
   * Files concatenated after the parameter assignments, relative to ssm-documents/src/; a `.env` file is data
   * shared with cloud-init (KEY=value lines), included as assignments.
   */
  scripts: string[];
}

/** Where cloud-init writes the probe's credentials on a clinic server, and the file names (sourced by the scripts). */
export const probeCredentialsEnv = "../../cloud-init/probe-credentials.env";

/** The KEY=value lines of a `.env` file (comments and blank lines left out). */
export function readEnvFile(text: string): Record<string, string> {
  return Object.fromEntries(
    text.split("\n").flatMap((line) => {
      const m = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line);
      return m?.[1] === undefined || m[2] === undefined ? [] : [[m[1], m[2]]];
    }),
  );
}

const probePaths = readEnvFile(readFileSync(join(import.meta.dirname, probeCredentialsEnv), "utf8"));

function probePath(key: "PROBE_TLS_DIR" | "PROBE_NETRC"): string {
  const path = probePaths[key];
  if (path === undefined) throw new Error(`cloud-init/probe-credentials.env does not set ${key}`);
  return path;
}

const connection: Record<string, DocumentParameter> = {
  orcaUrl: {
    type: "String",
    description: "WebORCA's base URL on the instance (HTTPS with a client certificate on port 8000).",
    default: "https://localhost:8000",
    allowedPattern: "^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._-]+)*$",
    shellVariable: "orca_url",
  },
  tlsDir: {
    type: "String",
    description:
      "Folder holding the client certificate, its key and the CA for ORCA's client-certificate authentication (as cloud-init writes them).",
    default: probePath("PROBE_TLS_DIR"),
    allowedPattern: "^/[A-Za-z0-9._/-]+$",
    shellVariable: "tls_dir",
  },
  netrcFile: {
    type: "String",
    description: "Root-only netrc file with the ORCA API operator and password (read only when present).",
    default: probePath("PROBE_NETRC"),
    allowedPattern: "^/[A-Za-z0-9._/-]+$",
    shellVariable: "netrc_file",
  },
  probeTimeoutSeconds: {
    type: "String",
    description: "Seconds to wait for systeminfv2's answer (1-60).",
    default: "10",
    allowedPattern: "^([1-9]|[1-5][0-9]|60)$",
    shellVariable: "probe_timeout",
  },
};

function executionTimeout(seconds: string): DocumentParameter {
  return {
    type: "String",
    description: "Seconds the whole script may run before SSM stops it (1-3600).",
    default: seconds,
    allowedPattern: "^([1-9][0-9]{0,2}|[1-2][0-9]{3}|3[0-5][0-9]{2}|3600)$",
  };
}

export const toolkitDocuments: ToolkitDocument[] = [
  {
    name: "orca-healthcheck",
    description:
      "orca-fleet: probe WebORCA's systeminfv2 API, read the services, masters, server certificate and data volume, and print one ORCA_FLEET_RESULT line (contract v2); exit 0 only when healthy.",
    parameters: {
      ...connection,
      orcaConfFile: {
        type: "String",
        description: "WebORCA's jma-receipt.conf, whose SERVER_CRT names the certificate the server presents.",
        default: "/opt/jma/weborca/conf/jma-receipt.conf",
        allowedPattern: "^/[A-Za-z0-9._/-]+$",
        shellVariable: "orca_conf",
      },
      dataDir: {
        type: "String",
        description: "A path on the volume that holds PostgreSQL's data, whose free space is reported.",
        default: "/var/lib/postgresql",
        allowedPattern: "^/[A-Za-z0-9._/-]+$",
        shellVariable: "data_dir",
      },
      executionTimeout: executionTimeout("60"),
    },
    stepName: "healthcheck",
    scripts: [probeCredentialsEnv, "probe.sh", "probe-fields.sh", "orca-healthcheck.sh"],
  },
  {
    name: "orca-restart",
    description:
      "orca-fleet: restart jma-receipt-weborca, probe systeminfv2 until healthy, print one ORCA_FLEET_RESULT line (contract v1).",
    parameters: {
      ...connection,
      waitSeconds: {
        type: "String",
        description: "Seconds to keep probing after the restart before giving up (1-600).",
        default: "60",
        allowedPattern: "^([1-9][0-9]?|[1-5][0-9]{2}|600)$",
        shellVariable: "wait_seconds",
      },
      executionTimeout: executionTimeout("180"),
    },
    stepName: "restart",
    scripts: [probeCredentialsEnv, "probe.sh", "probe-fields.sh", "orca-restart.sh"],
  },
  {
    name: "orca-update",
    description:
      "orca-fleet: update WebORCA to a target release (lock, preflight, verified pg_dump backup to S3, update, systeminfv2 postcheck, roll-back on failure) and print one ORCA_FLEET_RESULT line (contract v2).",
    parameters: {
      targetRelease: {
        type: "String",
        description:
          "The jma-receipt-weborca release to run, e.g. 5.2.1 (the newest package build of it is installed).",
        example: "5.2.1",
        allowedPattern: "^[0-9]{1,2}\\.[0-9]{1,2}\\.[0-9]{1,2}$",
        shellVariable: "target_release",
      },
      backupBucket: {
        type: "String",
        description: "The fleet's backup bucket (Object Lock, SSE-KMS) that receives the pg_dump before the update.",
        example: "orca-fleet-backups-ap-northeast-1",
        allowedPattern: "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$",
        shellVariable: "backup_bucket",
      },
      backupPrefix: {
        type: "String",
        description:
          "A key prefix in the backup bucket, without a leading or trailing slash; the dump goes to <clinic id>/<prefix>/<instance id>/.",
        example: "clinics/1310000001",
        allowedPattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99}){0,4}$",
        shellVariable: "backup_prefix",
      },
      kmsKeyId: {
        type: "String",
        description:
          "The KMS key for the backup's SSE-KMS (key id, alias/name or ARN); empty uses the bucket's default key.",
        default: "",
        allowedPattern:
          "^(alias/[A-Za-z0-9/_-]{1,250}|arn:aws:kms:[a-z0-9-]+:[0-9]{12}:(key|alias)/[A-Za-z0-9/_-]{1,250}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?$",
        shellVariable: "kms_key_id",
      },
      ...connection,
      apiWaitSeconds: {
        type: "String",
        description:
          "Seconds to wait for ORCA's API after starting the service, after the update or a roll-back (1-900).",
        default: "300",
        allowedPattern: "^([1-9][0-9]?|[1-8][0-9]{2}|900)$",
        shellVariable: "api_wait_seconds",
      },
      minFreeMb: {
        type: "String",
        description:
          "Megabytes that must stay free under the backup folder besides twice the database's size (1-999999).",
        default: "2048",
        allowedPattern: "^[1-9][0-9]{0,5}$",
        shellVariable: "min_free_mb",
      },
      backupGenerations: {
        type: "String",
        description: "How many backups to keep on the server (1-30); the bucket keeps every one.",
        default: "3",
        allowedPattern: "^([1-9]|[12][0-9]|30)$",
        shellVariable: "backup_generations",
      },
      executionTimeout: executionTimeout("3600"),
    },
    stepName: "update",
    scripts: [probeCredentialsEnv, "probe.sh", "orca-update.sh"],
  },
];
