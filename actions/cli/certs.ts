import { parseArgs } from "node:util";
import { SSMClient } from "@aws-sdk/client-ssm";
import { awsClientConfig } from "../lib/adapters/aws/clients.js";
import { createSecureParameters } from "../lib/adapters/aws/secure-parameters.js";
import { caParameter } from "../lib/core/ca-parameter.js";
import { formatText } from "../lib/core/i18n/message.js";
import { type LoadedCa, readCaFiles, writeCaFiles } from "../lib/flows/certificates/ca-files.js";
import { readCaParameters, writeCaParameters } from "../lib/flows/certificates/ca-parameters.js";
import { CaFileError, issueCa, validityFrom } from "../lib/flows/certificates/issue.js";
import { certificateMessages as m } from "../lib/flows/certificates/messages.js";
import { renderReview, reviewJson } from "../lib/flows/certificates/render.js";
import { applyReview, reviewCertificates, reviewNeedsWork } from "../lib/flows/certificates/sync.js";
import type { Command } from "./command.js";
import { activeClinicIds, loadUsableRegistry, type UsableRegistry } from "./fleet-registry.js";
import { type CliIo, exitCodes, UsageError } from "./io.js";
import { type OutputFormat, outputFormatOf } from "./output-format.js";

/** Builds the SSM client for a region; the standard endpoint settings in production, the local cloud in tests. */
export type ConnectSsm = (region: string) => SSMClient;

const fromEnvironment: ConnectSsm = (region) => new SSMClient(awsClientConfig({ region }));

/** Defaults: a clinic certificate lasts a year and is rotated a month before it ends; the CA lasts ten years. */
export const certificateDefaults = { validityDays: 365, renewBeforeDays: 30, caDays: 3650 } as const;

function days(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^[1-9][0-9]{0,4}$/.test(value))
    throw new UsageError(`${option} must be a whole number of days, not "${value}"`);
  return Number(value);
}

export function certsCommand(connect: ConnectSsm = fromEnvironment, now: () => Date = () => new Date()): Command {
  return {
    help: `Usage: orca-fleet certs (issue-ca (--out DIR | --to-parameter) | sync [--ca DIR | --ca-parameter] [--dry-run]) [options]

issue-ca  Makes the fleet's CA (ECDSA P-256) in DIR: ca.crt, and ca.key readable by you alone. The key never
          leaves that folder; keep it off shared disks. An existing CA in DIR is never replaced.
sync      For every active clinic, issues what is missing and rotates what expires within --renew-before days,
          is not for the clinic's name, was issued by another CA or lost its key: the server certificate
          (CN and SAN <clinic id>.<dns.domain>, ORCA's SERVER_CRT/SERVER_PEM) and the healthcheck's client
          certificate, as SecureString parameters under <secrets.parameterPrefix>/<clinic id>/tls/, and the CA
          certificate as <secrets.parameterPrefix>/tls/ca.crt. Keys are never printed.

  --out DIR             issue-ca: the folder to create the CA in
  --to-parameter        issue-ca: keep the CA in Parameter Store instead, as SecureStrings under ${caParameter.path}/
                        encrypted with --ca-key-id (the stack's CaKeyArn: only its operator role may use it)
  --ca-parameter        sync: sign with the CA kept in ${caParameter.path}/ (run as the operator role)
  --ca-key-id KEY       the CA's KMS key for --to-parameter (the stack's CaKeyArn)
  --name NAME           issue-ca: the CA's common name (default: orca-fleet CA <dns.domain>)
  --ca DIR              sync: the CA folder; without it sync can only report
  --dry-run             sync: report what would be issued or rotated, write nothing
  --key-id KEY          sync: the KMS key for the parameters (the stack's SecretsKeyArn output)
  --renew-before DAYS   sync: rotate when fewer days are left (default ${certificateDefaults.renewBeforeDays})
  --days DAYS           validity of what is issued (default ${certificateDefaults.validityDays}; issue-ca ${certificateDefaults.caDays})
  --clinics DIR         the registry folder (default clinics)
  --format text|json    text for people (default), json for machines
  -h, --help            show this help

Exit codes: 0 done or nothing to do, 1 work left undone (sync without --ca) or AWS failed, 2 usage error.`,
    async run(args, io) {
      const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
      const outputFormat = outputFormatOf(values.format);
      const [sub, ...rest] = positionals;
      if (rest.length > 0 || (sub !== "issue-ca" && sub !== "sync")) {
        throw new UsageError(`expected "certs issue-ca" or "certs sync", got "certs ${positionals.join(" ")}"`);
      }
      const registry = await loadUsableRegistry(values.clinics).catch((error: Error) => {
        throw new UsageError(error.message);
      });
      const run = { values, registry, outputFormat, io, connect, now };
      try {
        return await (sub === "issue-ca" ? issueCaInFolder(run) : sync(run));
      } catch (error) {
        // A CA folder that cannot be used is the operator's to fix, not a bug: say which file and why.
        if (!(error instanceof CaFileError)) throw error;
        io.err(`orca-fleet certs: ${error.message}`);
        return exitCodes.problems;
      }
    },
  };
}

const options = {
  out: { type: "string" },
  "to-parameter": { type: "boolean", default: false },
  "ca-parameter": { type: "boolean", default: false },
  "ca-key-id": { type: "string" },
  name: { type: "string" },
  ca: { type: "string" },
  "dry-run": { type: "boolean", default: false },
  "key-id": { type: "string" },
  "renew-before": { type: "string" },
  days: { type: "string" },
  clinics: { type: "string", default: "clinics" },
  format: { type: "string" },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true; strict: true }>>["values"];

interface CertsRun {
  values: Values;
  registry: UsableRegistry;
  outputFormat: OutputFormat;
  io: CliIo;
  connect: ConnectSsm;
  now: () => Date;
}

async function issueCaInFolder({ values, registry, outputFormat, io, now, connect }: CertsRun): Promise<number> {
  const toParameter = values["to-parameter"];
  if ((values.out === undefined) === !toParameter)
    throw new UsageError("issue-ca needs --out DIR (a folder for ca.crt and ca.key) or --to-parameter, one of them");
  const caDays = days(values.days, "--days", certificateDefaults.caDays);
  const name = values.name ?? `orca-fleet CA ${registry.fleet.dns.domain}`;
  const pair = await issueCa(name, validityFrom(now(), caDays));
  if (values.out === undefined) {
    const ssm = connect(registry.fleet.region);
    try {
      await writeCaParameters(createSecureParameters(ssm, values["ca-key-id"]), pair);
    } finally {
      ssm.destroy();
    }
    if (outputFormat === "json") io.out(JSON.stringify({ ca: { parameters: caParameter.path } }));
    else io.out(formatText(m.caInParameters, registry.locale, { path: caParameter.path }));
    return exitCodes.ok;
  }
  await writeCaFiles(values.out, pair);
  if (outputFormat === "json") io.out(JSON.stringify({ ca: { dir: values.out, cert: "ca.crt", key: "ca.key" } }));
  else io.out(formatText(m.caWritten, registry.locale, { dir: values.out }));
  return exitCodes.ok;
}

async function sync({ values, registry, outputFormat, io, connect, now }: CertsRun): Promise<number> {
  const { fleet, locale } = registry;
  const settings = {
    domain: fleet.dns.domain,
    secretsPrefix: fleet.secrets.parameterPrefix,
    renewBeforeDays: days(values["renew-before"], "--renew-before", certificateDefaults.renewBeforeDays),
    validityDays: days(values.days, "--days", certificateDefaults.validityDays),
  };
  if (settings.validityDays <= settings.renewBeforeDays) {
    throw new UsageError("--days must be more than --renew-before, or every certificate would be due at once");
  }
  const dryRun = values["dry-run"];
  if (values.ca !== undefined && values["ca-parameter"])
    throw new UsageError("give --ca DIR or --ca-parameter, not both");
  const ssm = connect(fleet.region);
  try {
    const ca: LoadedCa | undefined = values["ca-parameter"]
      ? await readCaParameters(createSecureParameters(ssm))
      : values.ca === undefined
        ? undefined
        : await readCaFiles(values.ca);
    const parameters = createSecureParameters(ssm, values["key-id"]);
    const review = await reviewCertificates(parameters, settings, activeClinicIds(registry), now(), ca);
    const work = reviewNeedsWork(review);
    const apply = work && !dryRun && ca !== undefined;
    if (apply) await applyReview(parameters, settings, review, ca, now());
    const refused = work && !dryRun && ca === undefined;
    if (outputFormat === "json") {
      io.out(JSON.stringify({ ...reviewJson(review), applied: apply, dryRun }, null, 2));
    } else {
      for (const line of renderReview(review, settings.secretsPrefix, locale)) io.out(line);
      const counts = { actions: review.plan.actions.length, kept: review.plan.kept.length };
      io.out(formatText(m.summary, locale, { ...counts, days: settings.renewBeforeDays }));
      if (apply) io.out(m.applied[locale]);
      else if (dryRun && work) io.out(m.dryRun[locale]);
    }
    if (refused) io.err(m.needCa[locale]);
    return refused ? exitCodes.problems : exitCodes.ok;
  } finally {
    ssm.destroy();
  }
}
