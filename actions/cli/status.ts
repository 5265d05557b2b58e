import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { readHistoryState } from "../lib/adapters/github/history-branch.js";
import { parseState } from "../lib/core/history/files.js";
import { statePath } from "../lib/core/history/layout.js";
import { emptyFleetState, type FleetState } from "../lib/core/history/records.js";
import { translator } from "../lib/core/i18n/message.js";
import { rolloutMessages } from "../lib/flows/rollout/messages.js";
import { buildFleetStatus, type HistorySource } from "../lib/flows/status/model.js";
import { renderClinicStatus, renderFleetStatus } from "../lib/flows/status/render.js";
import type { Command } from "./command.js";
import { loadUsableRegistry } from "./fleet-registry.js";
import { cliOctokit, repoPattern } from "./github-client.js";
import { exitCodes, UsageError } from "./io.js";
import { outputFormatOf } from "./output-format.js";
import { type InstancesRead, readInstances } from "./plan.js";

/** Where status reads; the environment's AWS and GitHub in production, the local cloud in tests. */
export interface StatusPorts {
  instances(region: string): Promise<InstancesRead>;
  /** The state on the history branch through the GitHub API; undefined when no GITHUB_TOKEN is set. */
  githubHistory(repo: string, branch: string): Promise<FleetState> | undefined;
  now(): Date;
}

const fromEnvironment: StatusPorts = {
  instances: (region) => readInstances(region),
  githubHistory(repo, branch) {
    const octokit = cliOctokit();
    if (octokit === undefined) return undefined;
    const [owner = "", name = ""] = repo.split("/");
    return readHistoryState(octokit, { owner, repo: name, branch });
  },
  now: () => new Date(),
};

type HistoryRead = { state: FleetState | undefined; source: HistorySource };

export function statusCommand(ports: StatusPorts = fromEnvironment): Command {
  return {
    help: `Usage: orca-fleet status [CLINIC] [--history DIR | --repo OWNER/REPO] [options]

Shows, per clinic, the instance EC2 has for it and its state, the release its tags record (the rollout's record,
else the version it was launched with, and the registry's target when they differ), and the health and open
incidents the fleet's history last recorded. Without CLINIC, the whole fleet: counts, then every clinic when
there are at most 50, else only the clinics that need a look (the first 50); --format json lists every clinic.
Read-only: one DescribeInstances per 1,000 instances, and the history's state file.

The history (the fleet-status branch) is read from --history DIR (a checkout: git worktree add DIR fleet-status),
else through the GitHub API when a repository (--repo or GITHUB_REPOSITORY) and GITHUB_TOKEN are set (GITHUB_API_URL
for another server), else not at all: health and incidents then show as not read. A clinic the history holds
nothing for yet shows "no data yet".

  --clinics DIR          the registry folder (default clinics)
  --history DIR          a checkout of the history branch
  --repo OWNER/REPO      read the history branch of this repository through the GitHub API
  --history-branch NAME  the history branch (default fleet-status)
  --format text|json     text for people (default), json for machines
  -h, --help             show this help

Exit codes: 0 shown, 1 the registry or the instances could not be read, or CLINIC is unknown, 2 usage error.`,
    async run(args, io) {
      const { values, positionals } = parseArgs({
        args,
        options: {
          clinics: { type: "string", default: "clinics" },
          history: { type: "string" },
          repo: { type: "string" },
          "history-branch": { type: "string", default: "fleet-status" },
          format: { type: "string" },
        },
        allowPositionals: true,
        strict: true,
      });
      const outputFormat = outputFormatOf(values.format);
      if (positionals.length > 1) throw new UsageError(`expected at most one CLINIC, got ${positionals.length}`);
      const repo = values.repo ?? process.env.GITHUB_REPOSITORY ?? "";
      if (repo !== "" && !repoPattern.test(repo)) throw new UsageError(`--repo must be OWNER/REPO, not "${repo}"`);
      if (values.history !== undefined && values.repo !== undefined)
        throw new UsageError("give --history DIR or --repo OWNER/REPO, not both");
      const registry = await loadUsableRegistry(values.clinics).catch((error: Error) => {
        throw new UsageError(error.message);
      });
      const say = translator(registry.locale);
      const read = await ports.instances(registry.fleet.region);
      if (!read.ok) {
        io.err(say(rolloutMessages.noInventory, { detail: read.detail ?? say(rolloutMessages.noCredentials) }));
        return exitCodes.problems;
      }
      const history = await readHistory(ports, values.history, repo, values["history-branch"]);
      const status = buildFleetStatus({
        clinics: registry.clinics,
        instances: read.instances,
        state: history.state,
        history: history.source,
        at: ports.now(),
      });
      const [clinic] = positionals;
      const known = clinic === undefined || status.clinics.some((r) => r.clinicId === clinic);
      if (outputFormat === "json") {
        const clinics = clinic === undefined ? status.clinics : status.clinics.filter((r) => r.clinicId === clinic);
        io.out(JSON.stringify({ ...status, clinics }, null, 2));
      } else {
        io.out(
          clinic === undefined
            ? renderFleetStatus(status, registry.locale)
            : renderClinicStatus(status, clinic, registry.locale),
        );
      }
      return known ? exitCodes.ok : exitCodes.problems;
    },
  };
}

/** The history's state from a folder, else the API, else not read; a history that cannot be read is said, not fatal. */
async function readHistory(
  ports: StatusPorts,
  dir: string | undefined,
  repo: string,
  branch: string,
): Promise<HistoryRead> {
  try {
    if (dir !== undefined) {
      const path = join(dir, statePath);
      const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return undefined;
        throw new Error(`${path} cannot be read`);
      });
      const state = text === undefined ? emptyFleetState : parseState(text, path);
      return { state, source: { kind: "read", from: dir } };
    }
    const pending = repo === "" ? undefined : ports.githubHistory(repo, branch);
    if (pending === undefined) return { state: undefined, source: { kind: "not-given" } };
    return { state: await pending, source: { kind: "read", from: `${repo}@${branch}` } };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { state: undefined, source: { kind: "unreadable", detail } };
  }
}
