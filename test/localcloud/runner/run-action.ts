import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { constants, tmpdir } from "node:os";
import { join } from "node:path";
import { type ActionManifest, actionEntry, readActionManifest } from "./action-manifest.js";
import { isPlainObject } from "./events.js";
import { repoPath, repoRoot } from "./paths.js";
import { killGroup } from "./processes.js";
import { type Annotation, parseAnnotations, parseOutputFile } from "./workflow-commands.js";

export type { Annotation } from "./workflow-commands.js";

export interface RunActionOptions {
  /** The folder under actions/, e.g. "validate". */
  action: string;
  inputs?: Record<string, string>;
  eventName: string;
  payload: object;
  /** Added to (and overriding) the runner's variables: the local cloud's endpoints and token, say. */
  env?: Record<string, string>;
  /** GITHUB_WORKSPACE and the working directory; the repository root when left out. */
  workspace?: string;
  /** Where the action folders are; the repository's actions/ when left out (tests of the runner use fixtures). */
  actionsDir?: string;
  /** The action is killed after this long (default two minutes). */
  timeoutMs?: number;
}

export interface ActionRun {
  exitCode: number;
  outputs: Record<string, string>;
  summary: string;
  /** Standard output and standard error, interleaved as they arrived. */
  log: string;
  /** The `::error`/`::warning`/`::notice` workflow commands the action printed. */
  annotations: Annotation[];
}

/** Actions still running, so that an interrupted demo or test run can stop them. */
const running = new Set<ChildProcess>();

/** Their temporary folders (event, output, summary files), removed when the run ends or is killed. */
const temps = new Set<string>();

/** Kills every action process this module started that is still running, and removes its files. */
export function killRunningActions(): void {
  for (const child of running) killGroup(child);
  for (const temp of temps) rmSync(temp, { recursive: true, force: true });
  temps.clear();
}

/** The variables an expression in an input default may name, as `${{ github.token }}` is commonly used. */
const expression = /^\$\{\{\s*github\.(token|repository|event_name|workspace)\s*\}\}$/;

/**
 * Runs an action as GitHub's runner does: Node 24 on the bundle entry that action.yml names, as its own process,
 * with INPUT_* variables, the event payload in GITHUB_EVENT_PATH and the GITHUB_OUTPUT/GITHUB_STEP_SUMMARY files.
 */
export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const actionsDir = options.actionsDir ?? repoPath("actions");
  const manifest = await readActionManifest(actionsDir, options.action);
  const entry = actionEntry(actionsDir, options.action, manifest);
  if (!existsSync(entry)) throw new Error(`${entry} is missing: call ensureBundle() (npm run build) first`);
  const temp = await mkdtemp(join(tmpdir(), `orca-fleet-runner-${options.action}-`));
  temps.add(temp);
  try {
    const files = {
      event: join(temp, "event.json"),
      output: join(temp, "output"),
      summary: join(temp, "step_summary"),
      env: join(temp, "env"),
      path: join(temp, "path"),
      state: join(temp, "state"),
    };
    await writeFile(files.event, JSON.stringify(options.payload));
    for (const file of [files.output, files.summary, files.env, files.path, files.state]) await writeFile(file, "");
    const workspace = options.workspace ?? repoRoot;
    const runnerEnv = {
      ...baseEnvironment(),
      ...githubEnvironment(options, workspace),
      RUNNER_TEMP: temp,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_ENV: files.env,
      GITHUB_PATH: files.path,
      GITHUB_STATE: files.state,
      GITHUB_ACTION: options.action,
      ...options.env,
    };
    const { inputs, unexpected } = resolveInputs(manifest, options.inputs ?? {}, runnerEnv);
    const { exitCode, log } = await spawnNode(entry, workspace, { ...runnerEnv, ...inputs }, options.timeoutMs);
    // The runner warns about inputs the action does not declare, and carries on.
    const warnings: Annotation[] =
      unexpected.length === 0
        ? []
        : [
            {
              level: "warning",
              message: `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${Object.keys(manifest.inputs).join("', '")}']`,
            },
          ];
    // A killed run's files are already gone: it has no outputs and no summary.
    const killed = !temps.has(temp);
    return {
      exitCode,
      outputs: killed ? {} : parseOutputFile(await readFile(files.output, "utf8")),
      summary: killed ? "" : await readFile(files.summary, "utf8"),
      log,
      annotations: [...warnings, ...parseAnnotations(log)],
    };
  } finally {
    temps.delete(temp);
    await rm(temp, { recursive: true, force: true });
  }
}

/** INPUT_<NAME> as the runner names it: spaces become underscores, letters upper case; defaults fill the gaps. */
export function resolveInputs(
  manifest: ActionManifest,
  given: Record<string, string>,
  env: Record<string, string | undefined>,
): { inputs: Record<string, string>; unexpected: string[] } {
  const inputs: Record<string, string> = {};
  const missing: string[] = [];
  for (const [name, spec] of Object.entries(manifest.inputs)) {
    const value = given[name] ?? (spec.default === undefined ? undefined : evaluateDefault(spec.default, env));
    if (value === undefined || (value === "" && spec.required === true)) {
      if (spec.required === true) missing.push(name);
      continue;
    }
    inputs[inputVariable(name)] = value;
  }
  if (missing.length > 0) throw new Error(`${manifest.name}: required input(s) missing: ${missing.join(", ")}`);
  const unexpected = Object.keys(given).filter((name) => !(name in manifest.inputs));
  for (const name of unexpected) inputs[inputVariable(name)] = given[name] ?? "";
  return { inputs, unexpected };
}

export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}

function evaluateDefault(text: string, env: Record<string, string | undefined>): string {
  const found = expression.exec(text.trim());
  if (found === null) {
    if (text.includes("${{")) throw new Error(`the runner here cannot evaluate the expression in default "${text}"`);
    return text;
  }
  const variable = {
    token: "GITHUB_TOKEN",
    repository: "GITHUB_REPOSITORY",
    event_name: "GITHUB_EVENT_NAME",
    workspace: "GITHUB_WORKSPACE",
  }[found[1] ?? "token"];
  return env[variable ?? "GITHUB_TOKEN"] ?? "";
}

/** Only what a runner's process has: no AWS or GitHub settings leak in from the machine running the tests. */
function baseEnvironment(): Record<string, string> {
  const keep = ["PATH", "HOME", "LANG", "TZ", "SYSTEMROOT"];
  const env: Record<string, string> = {};
  for (const key of keep) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  return env;
}

function githubEnvironment(options: RunActionOptions, workspace: string): Record<string, string> {
  const payload = new Map(Object.entries(options.payload));
  const repository = record(payload.get("repository"));
  const fullName = typeof repository?.full_name === "string" ? repository.full_name : "orca-clinic-ops/fleet";
  const sender = record(payload.get("sender"));
  const { sha, ref } = commitOf(options.eventName, payload);
  return {
    CI: "true",
    GITHUB_ACTIONS: "true",
    RUNNER_OS: "Linux",
    RUNNER_ARCH: "X64",
    RUNNER_NAME: "orca-fleet local runner",
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: fullName,
    GITHUB_REPOSITORY_OWNER: fullName.split("/")[0] ?? "",
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ""),
    GITHUB_ACTOR: typeof sender?.login === "string" ? sender.login : "github-actions[bot]",
    GITHUB_WORKFLOW: options.action,
    GITHUB_JOB: options.action,
    GITHUB_RUN_ID: String(Date.now()),
    GITHUB_RUN_NUMBER: "1",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_API_URL: "https://api.github.com",
    GITHUB_GRAPHQL_URL: "https://api.github.com/graphql",
  };
}

/** GITHUB_SHA and GITHUB_REF as GitHub sets them for the event. */
function commitOf(eventName: string, payload: Map<string, unknown>): { sha: string; ref: string } {
  const zero = "0".repeat(40);
  if (eventName === "push") {
    const after = payload.get("after");
    const ref = payload.get("ref");
    return { sha: typeof after === "string" ? after : zero, ref: typeof ref === "string" ? ref : "refs/heads/main" };
  }
  if (eventName === "pull_request") {
    const pull = record(payload.get("pull_request"));
    const head = record(pull?.head);
    const number = payload.get("number");
    return {
      sha: typeof head?.sha === "string" ? head.sha : zero,
      ref: `refs/pull/${typeof number === "number" ? number : 0}/merge`,
    };
  }
  const repository = record(payload.get("repository"));
  const branch = typeof repository?.default_branch === "string" ? repository.default_branch : "main";
  return { sha: zero, ref: `refs/heads/${branch}` };
}

function record(value: unknown): Record<string, unknown> | undefined {
  return isPlainObject(value) ? value : undefined;
}

function spawnNode(
  entry: string,
  cwd: string,
  env: Record<string, string>,
  timeoutMs = 120_000,
): Promise<{ exitCode: number; log: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(repoPath("node_modules", ".bin", "node"), [entry], {
      cwd,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group, so that killing it also kills what it started (a packer stand-in, say).
      detached: true,
    });
    running.add(child);
    // An action must not outlive the test run or demo that started it, however that process ends.
    const killOnExit = () => killGroup(child);
    process.once("exit", killOnExit);
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
    const timer = setTimeout(() => killGroup(child), timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      running.delete(child);
      process.off("exit", killOnExit);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      running.delete(child);
      process.off("exit", killOnExit);
      const log = Buffer.concat(chunks).toString("utf8");
      // A process killed by a signal exits, as shells report it, with 128 + the signal's number.
      resolve({ exitCode: code ?? 128 + (signal === null ? 0 : constants.signals[signal]), log });
    });
  });
}
