import { parse, stringify } from "yaml";
import { z } from "zod";
import { amiIdPattern } from "../../flows/bake-ami/ami-id.js";
import type { Clinic, Fleet } from "../registry/schema.js";
import assets from "./assets.generated.json" with { type: "json" };
import { findSecrets } from "./secret-scan.js";

/** EC2 refuses user data above 16 KB, counted before base64. */
export const userDataLimitBytes = 16_384;

export interface UserDataInput {
  clinic: Clinic;
  fleet: Fleet;
  /** The concrete AMI the instance launches from, recorded for the setup log. */
  amiId: string;
}

const fileReference = "@file:";

/** Written by scripts/generators/cloud-init.ts from cloud-init/ (`npm run generate`). */
const assetsSchema = z.strictObject({ template: z.string(), files: z.record(z.string(), z.string()) });
const { template, files } = assetsSchema.parse(assets);

const templateSchema = z.looseObject({
  write_files: z.array(
    z.strictObject({
      path: z.string().startsWith("/"),
      permissions: z.string().regex(/^0[0-7]{3}$/),
      content: z.string(),
    }),
  ),
});

/** The clinic's fully qualified name in the fleet's private zone. */
export function clinicFqdn(clinic: Clinic, fleet: Fleet): string {
  return `${clinic.id}.${fleet.dns.domain.replace(/\.$/, "")}`;
}

/** Single-quoted for the shell: the scripts source this file, so no value may run as code. */
function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/** The settings the boot scripts read; names and places only, never a secret. */
function clinicEnv({ clinic, fleet, amiId }: UserDataInput): string {
  const settings: Record<string, string> = {
    CLINIC_ID: clinic.id,
    CLINIC_FQDN: clinicFqdn(clinic, fleet),
    ORCA_VERSION: clinic.orca.version,
    AMI_ID: amiId,
    AWS_REGION: fleet.region,
    DNS_ZONE_ID: fleet.dns.zoneId,
    BACKUP_BUCKET: fleet.backup.bucket,
    BACKUP_RETENTION_DAYS: String(fleet.backup.retentionDays),
    SECRETS_PREFIX: fleet.secrets.parameterPrefix.replace(/\/$/, ""),
  };
  return Object.entries(settings)
    .map(([key, value]) => `${key}=${shellQuote(value)}\n`)
    .join("");
}

function resolveContent(content: string): string {
  if (!content.startsWith(fileReference)) return content;
  const name = content.slice(fileReference.length);
  const text = files[name];
  if (text === undefined) throw new Error(`cloud-init/user-data.yaml refers to ${name}, which is not in cloud-init/`);
  return text;
}

/**
 * The #cloud-config user data for one clinic's instance. Throws when the AMI id is malformed, the result would
 * exceed EC2's limit or anything in it looks like a secret, so no launch carries a refused or leaking boot script.
 */
export function renderUserData(input: UserDataInput): string {
  if (!amiIdPattern.test(input.amiId)) {
    throw new Error(`"${input.amiId}" is not an AMI id (ami- and 8 to 17 hex digits)`);
  }
  const { write_files: writeFiles, ...rest } = templateSchema.parse(parse(template));
  const fqdn = clinicFqdn(input.clinic, input.fleet);
  const config = {
    hostname: input.clinic.id,
    fqdn,
    ...rest,
    write_files: [
      { path: "/etc/orca-fleet/clinic.env", permissions: "0644", content: clinicEnv(input) },
      ...writeFiles.map((file) => ({ ...file, content: resolveContent(file.content) })),
    ],
  };
  const text = `#cloud-config\n${stringify(config, { lineWidth: 0 })}`;
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > userDataLimitBytes) {
    throw new Error(`user data for ${input.clinic.id} is ${bytes} bytes; EC2 accepts at most ${userDataLimitBytes}`);
  }
  const secrets = findSecrets(text);
  if (secrets.length > 0) {
    const where = secrets.map(({ name, line }) => `${name} on line ${line}`).join(", ");
    throw new Error(`user data for ${input.clinic.id} looks like it holds a secret (${where}); secrets belong in SSM`);
  }
  return text;
}
