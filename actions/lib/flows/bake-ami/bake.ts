import { readFile } from "node:fs/promises";
import type { ParameterStore } from "../../adapters/aws/parameter-store.js";
import type { CommandRunner } from "../../adapters/process/command-runner.js";
import type { Message } from "../../core/i18n/message.js";
import type { Log } from "../../core/ports.js";
import { amiFromBuild } from "./artifact.js";
import { collectBuild } from "./build-result.js";
import { type ParameterVersion, versionWithLabel } from "./history.js";
import {
  type BlockedHistory,
  defaultPrunePolicy,
  maxParameterVersions,
  planPruning,
  type Unlabel,
} from "./label-plan.js";
import { type MachineLine, parseMachineLine } from "./machine-readable.js";
import { note } from "./messages.js";
import { moveLabels } from "./move-labels.js";
import { progressOf } from "./progress.js";

export interface BakeRequest {
  /** The folder with the Packer template. */
  templateDir: string;
  region: string;
  /** The golden-AMI parameter (fleet.yml ami.parameter). */
  parameter: string;
  /** The label provisioning launches from (fleet.yml ami.label). */
  currentLabel: string;
  /** This bake's own label, e.g. build-<run id>-<attempt>. */
  buildLabel: string;
  keepBuilds: number;
  sourceCommit: string;
  /** Where Packer's manifest post-processor writes; a fresh path per run. */
  manifestPath: string;
}

export type BakeOutcome =
  | {
      status: "baked";
      amiId: string;
      version: number;
      labels: string[];
      /** The version `current` was on before, if any: where a rollback would go. */
      previous?: ParameterVersion;
      pruned: Unlabel[];
      historySize: number;
    }
  | { status: "refused"; reason: Message };

export interface BakeDeps {
  parameters: ParameterStore;
  runPacker: CommandRunner;
  log: Log;
}

/** Writes the stream to the log as it comes: a group per Packer step, errors as annotations. */
function progressPrinter(log: Log): { onLine(raw: string): MachineLine | undefined; close(): void } {
  let open = false;
  const close = () => {
    if (open) log.endGroup();
    open = false;
  };
  return {
    onLine(raw) {
      const line = parseMachineLine(raw);
      for (const event of progressOf(line, raw)) {
        if (event.kind === "step") {
          close();
          log.startGroup(event.title);
          open = true;
        } else if (event.kind === "error") {
          log.error(event.text);
        } else {
          log.info(event.text);
        }
      }
      return line;
    },
    close,
  };
}

async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") return undefined;
    throw error;
  }
}

function blockedNote(blocked: BlockedHistory, currentLabel: string): Message {
  return note("historyBlocked", {
    version: blocked.version,
    count: blocked.historySize,
    labels: blocked.labels.join(", "),
    currentLabel,
  });
}

/** Plans label pruning on the parameter's current history; a blocked plan refuses before anything is written. */
async function pruningFor(deps: BakeDeps, request: BakeRequest) {
  const history = await deps.parameters.history(request.parameter);
  const plan = planPruning(history, {
    ...defaultPrunePolicy,
    currentLabel: request.currentLabel,
    keepBuilds: request.keepBuilds,
  });
  return { history, plan };
}

/**
 * Builds the golden AMI and records it: packer init and build, the AMI id checked from the stream and the
 * manifest, old build labels taken off when the history nears its limit, then a new parameter version labelled
 * with this build and `current`. Anything wrong before the write leaves the parameter as it was.
 */
export async function bake(deps: BakeDeps, request: BakeRequest): Promise<BakeOutcome> {
  const { log } = deps;
  // Refuse before a 20-minute build when its result could not be written.
  const before = await pruningFor(deps, request);
  if (before.plan.blocked) {
    return { status: "refused", reason: blockedNote(before.plan.blocked, request.currentLabel) };
  }

  const passthrough = {
    cwd: request.templateDir,
    onLine: (line: string) => log.info(line),
    onErrorLine: (line: string) => log.info(line),
  };
  log.startGroup("packer init");
  const initCode = await deps.runPacker("packer", ["init", "."], passthrough).finally(() => log.endGroup());
  if (initCode !== 0) return { status: "refused", reason: note("packerInitFailed", { exitCode: initCode }) };

  const printer = progressPrinter(log);
  const lines: MachineLine[] = [];
  const args = [
    "build",
    "-machine-readable",
    "-var",
    `region=${request.region}`,
    "-var",
    `source_commit=${request.sourceCommit}`,
    "-var",
    `manifest_path=${request.manifestPath}`,
    ".",
  ];
  const exitCode = await deps
    .runPacker("packer", args, {
      cwd: request.templateDir,
      onLine: (raw) => {
        const line = printer.onLine(raw);
        if (line !== undefined) lines.push(line);
      },
      onErrorLine: (line) => log.info(line),
    })
    .finally(() => printer.close());

  const ami = amiFromBuild({
    exitCode,
    result: collectBuild(lines),
    manifestText: await readIfPresent(request.manifestPath),
    region: request.region,
  });
  if (!ami.ok) {
    return {
      status: "refused",
      reason: note("parameterUnchanged", { reason: ami.reason, parameter: request.parameter }),
    };
  }

  // Plan again: the history may have moved during the build.
  const { history, plan } = await pruningFor(deps, request);
  if (plan.blocked) {
    const reason = blockedNote(plan.blocked, request.currentLabel);
    return { status: "refused", reason: note("imageNotRecorded", { reason, amiId: ami.amiId }) };
  }
  await deps.parameters.unlabel(request.parameter, plan.unlabel);
  const version = await deps.parameters.putAmi(
    request.parameter,
    ami.amiId,
    `golden AMI from ${request.sourceCommit} (${request.buildLabel})`,
  );
  const labels = [request.buildLabel, request.currentLabel];
  await moveLabels(deps.parameters, request.parameter, version, labels);
  const previous = versionWithLabel(history, request.currentLabel);
  return {
    status: "baked",
    amiId: ami.amiId,
    version,
    labels,
    ...(previous === undefined ? {} : { previous }),
    pruned: plan.unlabel,
    historySize: Math.min(history.length + 1, maxParameterVersions),
  };
}
