import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

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

/** Each instance's scratch folder: its simulated disk, under the OS temp folder. */
export function scratchDir(instanceId: string): string {
  const dir = join(tmpdir(), `orca-fleet-localcloud-${process.pid}`, instanceId);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Runs a script with /bin/bash as the SSM agent does: from a file, in its own process group so that a timeout or a
 * cancel stops everything it started, with AWS_SSM_INSTANCE_ID and AWS_SSM_REGION_NAME set.
 */
export function runShell(run: ShellRun): Promise<ShellResult> {
  const dir = scratchDir(run.instanceId);
  const file = join(dir, `_script_${Date.now()}_${Math.random().toString(36).slice(2)}.sh`);
  writeFileSync(file, run.script, { mode: 0o700 });
  return new Promise((resolve) => {
    const child = spawn("/bin/bash", [file], {
      cwd: run.workingDirectory || dir,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        PATH: process.env.PATH ?? "/usr/local/bin:/usr/bin:/bin",
        HOME: dir,
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
