import { execFile } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs, promisify } from "node:util";
import { CloudFormationClient } from "@aws-sdk/client-cloudformation";
import { EC2Client } from "@aws-sdk/client-ec2";
import { SSMClient } from "@aws-sdk/client-ssm";
import { awsClientConfig } from "../lib/adapters/aws/clients.js";
import { createDeploymentReads } from "../lib/adapters/aws/deployment-reads.js";
import { type FleetInstance, readInventory } from "../lib/adapters/aws/ec2-inventory.js";
import { parameterType } from "../lib/adapters/aws/parameter-type.js";
import { createPatchSetupReads } from "../lib/adapters/aws/patch-setup-reads.js";
import { createSecureParameters } from "../lib/adapters/aws/secure-parameters.js";
import { describeStackOutputs, outputsFromFile } from "../lib/adapters/aws/stack-outputs.js";
import { createRepositorySettings, type RepositorySettings } from "../lib/adapters/github/repository-settings.js";
import { caParameter } from "../lib/core/ca-parameter.js";
import { fleetFileName } from "../lib/core/registry/load.js";
import { reviewCertificates } from "../lib/flows/certificates/sync.js";
import { checkAws, type LocalDocument } from "../lib/flows/doctor/aws-checks.js";
import { checkCaKey, looksLikeCaKey } from "../lib/flows/doctor/ca-key-check.js";
import type { Finding } from "../lib/flows/doctor/finding.js";
import { miss } from "../lib/flows/doctor/finding.js";
import { checkGitHub } from "../lib/flows/doctor/github-checks.js";
import { checkPatching } from "../lib/flows/doctor/patch-checks.js";
import { checklistJson, renderChecklist } from "../lib/flows/doctor/render.js";
import type { StackOutputs } from "../lib/flows/setup/fleet-ids.js";
import { certificateDefaults } from "./certs.js";
import type { Command } from "./command.js";
import { activeClinicIds, loadUsableRegistry } from "./fleet-registry.js";
import { cliOctokit, repoPattern } from "./github-client.js";
import { exitCodes, UsageError } from "./io.js";
import { outputFormatOf } from "./output-format.js";
import type { ReadStackOutputs } from "./setup-fleet.js";

/** The outside world doctor reaches, built from the environment in production and pointed at the local cloud in tests. */
export interface DoctorPorts {
  ssm(region: string): SSMClient;
  /** The fleet's instances (every live one with a clinic tag), for the patch scan's coverage. */
  instances(region: string): Promise<FleetInstance[]>;
  readStack: ReadStackOutputs;
  /** undefined when no token is set: the GitHub part is then a miss that says what to set. */
  github(repo: string): RepositorySettings | undefined;
  now(): Date;
}

const run = promisify(execFile);

const fromEnvironment: DoctorPorts = {
  ssm: (region) => new SSMClient(awsClientConfig({ region })),
  async instances(region) {
    const ec2 = new EC2Client(awsClientConfig({ region }));
    try {
      return await readInventory(ec2);
    } finally {
      ec2.destroy();
    }
  },
  readStack: (stackName, region) =>
    describeStackOutputs(new CloudFormationClient(awsClientConfig({ region })), stackName),
  github(repo) {
    const octokit = cliOctokit();
    if (octokit === undefined) return undefined;
    const [owner = "", name = ""] = repo.split("/");
    return createRepositorySettings(octokit, owner, name);
  },
  now: () => new Date(),
};

export function doctorCommand(ports: DoctorPorts = fromEnvironment): Command {
  return {
    help: `Usage: orca-fleet doctor (--outputs FILE | --stack NAME) [--repo OWNER/REPO] [options]

Checks, in the order a deployment is built (docs/deploy.md): fleet.yml's ids against the stack's outputs, the AMI
parameter's label, each SSM document in ssm-documents/ (present, its default version equal to this repository's
content), every active clinic's certificates (present, for its name, from the fleet's CA, not expiring), the patch
baseline and its scan association, that every fleet instance carries the scan's target tag, where the CA key
lives (its protected parameter, else the operator's folder; a ca.key in this repository is a miss); then the
repository: the labels the workflows use, the production environment limited to the default branch, the
variables and secrets by name, the required checks on the default branch, Actions allowed to create pull requests.

  --outputs FILE        the stack's outputs from cdk deploy --outputs-file; --stack picks one stack in the file
  --stack NAME          read the outputs with CloudFormation DescribeStacks instead
  --repo OWNER/REPO     the repository (default: GITHUB_REPOSITORY); GitHub is reached at GITHUB_API_URL with GITHUB_TOKEN
  --clinics DIR         the registry folder (default clinics)
  --documents DIR       the documents folder (default ssm-documents)
  --renew-before DAYS   a certificate with fewer days left is a miss (default ${certificateDefaults.renewBeforeDays})
  --format text|json    text for people (default), json for machines
  -h, --help            show this help

Exit codes: 0 every check passes, 1 a check misses, 2 usage error.`,
    async run(args, io) {
      const { values, positionals } = parseArgs({
        args,
        options: {
          outputs: { type: "string" },
          stack: { type: "string" },
          repo: { type: "string" },
          clinics: { type: "string", default: "clinics" },
          documents: { type: "string", default: "ssm-documents" },
          "renew-before": { type: "string" },
          format: { type: "string" },
        },
        allowPositionals: true,
        strict: true,
      });
      const outputFormat = outputFormatOf(values.format);
      if (positionals.length > 0) throw new UsageError(`doctor takes no arguments, got "${positionals.join(" ")}"`);
      if (values.outputs === undefined && values.stack === undefined) {
        throw new UsageError("pass --outputs FILE (cdk deploy --outputs-file) or --stack NAME (CloudFormation)");
      }
      const renew = values["renew-before"] ?? String(certificateDefaults.renewBeforeDays);
      if (!/^[0-9]{1,5}$/.test(renew))
        throw new UsageError(`--renew-before must be a whole number of days, not "${renew}"`);
      const repo = values.repo ?? process.env.GITHUB_REPOSITORY ?? "";
      if (repo !== "" && !repoPattern.test(repo)) {
        throw new UsageError(`--repo must be OWNER/REPO, not "${repo}"`);
      }
      const registry = await loadUsableRegistry(values.clinics).catch((error: Error) => {
        throw new UsageError(error.message);
      });
      const { fleet, locale } = registry;
      let outputs: StackOutputs;
      try {
        outputs =
          values.outputs === undefined
            ? await ports.readStack(values.stack ?? "", fleet.region)
            : outputsFromFile(await readOutputsFile(values.outputs), values.stack);
      } catch (error) {
        // Without the stack's outputs nothing else can be compared: say why, as setup fleet does.
        if (!(error instanceof Error)) throw error;
        io.err(`orca-fleet doctor: ${error.message}`);
        return exitCodes.problems;
      }
      const ssm = ports.ssm(fleet.region);
      const findings: Finding[] = [];
      try {
        const certificates = await reviewCertificates(
          createSecureParameters(ssm),
          {
            domain: fleet.dns.domain,
            secretsPrefix: fleet.secrets.parameterPrefix,
            renewBeforeDays: Number(renew),
            validityDays: 0,
          },
          activeClinicIds(registry),
          ports.now(),
        );
        const facts = {
          fleet,
          fleetText: await readFile(join(values.clinics, fleetFileName), "utf8"),
          outputs,
          documents: await readDocuments(values.documents),
          certificates,
        };
        findings.push(...(await checkAws(facts, createDeploymentReads(ssm))));
        findings.push(...(await checkPatching(createPatchSetupReads(ssm), await ports.instances(fleet.region))));
        findings.push(
          checkCaKey({
            parameterType: await parameterType(ssm, caParameter.privateKey),
            keysInRepository: (await repositoryFiles()).filter(looksLikeCaKey),
          }),
        );
      } finally {
        ssm.destroy();
      }
      findings.push(...(await githubFindings(ports, repo)));
      if (outputFormat === "json") io.out(JSON.stringify(checklistJson(findings, locale), null, 2));
      else io.out(renderChecklist(findings, locale));
      return findings.every((f) => f.ok) ? exitCodes.ok : exitCodes.problems;
    },
  };
}

async function githubFindings(ports: DoctorPorts, repo: string): Promise<Finding[]> {
  const settings = repo === "" ? undefined : ports.github(repo);
  if (settings === undefined) {
    const reason = repo === "" ? "no repository (--repo or GITHUB_REPOSITORY)" : "no GITHUB_TOKEN";
    return [miss("github", "github", { key: "githubUnreachable", values: { reason } }, { key: "githubFix" })];
  }
  return checkGitHub(settings);
}

/** The repository's files a push could publish: tracked, and untracked but not ignored; none outside a git checkout. */
async function repositoryFiles(): Promise<string[]> {
  try {
    const { stdout } = await run("git", ["ls-files", "--cached", "--others", "--exclude-standard"], {
      maxBuffer: 64 * 2 ** 20,
    });
    return stdout.split("\n").filter((line) => line !== "");
  } catch {
    return [];
  }
}

function readOutputsFile(path: string): Promise<string> {
  return readFile(path, "utf8").catch(() => {
    throw new Error(`${path} cannot be read; write it with cdk deploy --outputs-file, or pass --stack NAME`);
  });
}

/** Every ssm-documents/<name>.yml: the document named <name>, its content as sync-documents sends it. */
async function readDocuments(dir: string): Promise<LocalDocument[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith(".yml")).sort();
  return Promise.all(
    names.map(async (file) => ({
      name: file.slice(0, -".yml".length),
      content: await readFile(join(dir, file), "utf8"),
    })),
  );
}
