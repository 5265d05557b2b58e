import { spawn } from "node:child_process";
import { chmodSync, chownSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { agentUser } from "./agent-user.js";

export interface ShellRun {
  script: string;
  instanceId: string;
  region: string;
  /** Folder the script starts in; the instance's scratch folder when empty. */
  workingDirectory: string | undefined;
  timeoutSeconds: number;
  /** Variables added to the agent's environment, e.g. ORCA_URL. */
  env: Record<string, string>;
  signal: AbortSignal;
}

export interface ShellResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  cancelled: boolean;
}

// Output beyond what GetCommandInvocation can show is not kept.
const keepChars = 48_000;

/** Where the simulated instances' scratch folders live in this process. */
export function scratchRoot(): string {
  return join(tmpdir(), `orca-fleet-localcloud-${process.pid}`);
}

/** Each instance's scratch folder: its simulated disk, under the OS temp folder, owned by the agent's user. */
export function scratchDir(instanceId: string): string {
  const root = scratchRoot();
  // The root stays the creator's, readable by all so that the agent's user can reach its own folder inside.
  mkdirSync(root, { recursive: true });
  chmodSync(root, 0o755);
  const dir = join(root, instanceId);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const user = agentUser();
  if (user.dropped) chownSync(dir, user.uid, user.gid);
  return dir;
}

/**
 * Runs a script with /bin/bash as the SSM agent does: from a file, in its own process group so that a timeout or a
 * cancel stops everything it started, with AWS_SSM_INSTANCE_ID and AWS_SSM_REGION_NAME set. Unlike the agent, it
 * runs on this host (not Ubuntu 22.04) and never as root: see agentUser().
 */
export function runShell(run: ShellRun): Promise<ShellResult> {
  const dir = scratchDir(run.instanceId);
  const user = agentUser();
  const file = join(dir, `_script_${Date.now()}_${Math.random().toString(36).slice(2)}.sh`);
  writeFileSync(file, run.script, { mode: 0o700 });
  if (user.dropped) chownSync(file, user.uid, user.gid);
  return new Promise((resolve) => {
    const child = spawn("/bin/bash", [file], {
      cwd: run.workingDirectory || dir,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      ...(user.dropped ? { uid: user.uid, gid: user.gid } : {}),
      env: {
        PATH: process.env.PATH ?? "/usr/local/bin:/usr/bin:/bin",
        HOME: dir,
        USER: user.name,
        LOGNAME: user.name,
        LANG: "C.UTF-8",
        AWS_SSM_INSTANCE_ID: run.instanceId,
        AWS_SSM_REGION_NAME: run.region,
        ...run.env,
      },
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    let cancelled = false;
    child.stdout.setEncoding("utf8").on("data", (c: string) => {
      if (stdout.length < keepChars) stdout += c;
    });
    child.stderr.setEncoding("utf8").on("data", (c: string) => {
      if (stderr.length < keepChars) stderr += c;
    });
    const stop = () => {
      if (child.pid !== undefined && child.exitCode === null) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          // Already gone.
        }
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, run.timeoutSeconds * 1000);
    const onAbort = () => {
      cancelled = true;
      stop();
    };
    run.signal.addEventListener("abort", onAbort, { once: true });
    // Cancelled while the script was being written: the listener came too late to hear it.
    if (run.signal.aborted) onAbort();
    child.on("error", (error) => {
      stderr += `${error.message}\n`;
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      run.signal.removeEventListener("abort", onAbort);
      resolve({ exitCode: code ?? -1, stdout, stderr, timedOut, cancelled });
    });
  });
}
