/**
 * The toolkit's Command documents, as data: parameters (each with the pattern that keeps `{{ }}` substitution from
 * injecting shell) and the scripts that make up the one aws:runShellScript step. generate.ts writes them to
 * ssm-documents/<name>.yml, the files that sync-documents uploads and the local cloud recognises.
 */
export interface DocumentParameter {
  type: "String";
  description: string;
  default: string;
  allowedPattern: string;
  /** The shell variable the script reads; omitted for parameters that SSM itself consumes. */
  shellVariable?: string;
}

export interface ToolkitDocument {
  name: string;
  description: string;
  parameters: Record<string, DocumentParameter>;
  stepName: string;
  /** Files under ssm-documents/src/, concatenated after the parameter assignments. */
  scripts: string[];
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
    description: "Folder holding client.crt, client.key and ca.crt for ORCA's client-certificate authentication.",
    default: "/etc/orca-fleet/tls",
    allowedPattern: "^/[A-Za-z0-9._/-]+$",
    shellVariable: "tls_dir",
  },
  netrcFile: {
    type: "String",
    description: "Root-only netrc file with the ORCA API operator and password (read only when present).",
    default: "/etc/orca-fleet/orca-api.netrc",
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
      "orca-fleet: probe WebORCA's systeminfv2 API and print one ORCA_FLEET_RESULT line (contract v1); exit 0 only when healthy.",
    parameters: { ...connection, executionTimeout: executionTimeout("60") },
    stepName: "healthcheck",
    scripts: ["probe.sh", "orca-healthcheck.sh"],
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
    scripts: ["probe.sh", "orca-restart.sh"],
  },
];
