import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderDocumentScript } from "./render-script.js";

export interface ScriptRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a toolkit document's script with bash as the SSM agent would: parameters substituted by the same code the
 * local cloud uses, AWS_SSM_INSTANCE_ID set, and a fake `systemctl` first on PATH that records its arguments (and
 * then runs `systemctl`'s body), beside any other fake commands given as name → bash body.
 */
export async function runDocument(
  name: string,
  instanceId: string,
  parameters: Record<string, string[]>,
  systemctl = "exit 0",
  commands: Record<string, string> = {},
): Promise<ScriptRun & { systemctlCalls: string }> {
  const script = renderDocumentScript(name, parameters);
  const bin = mkdtempSync(join(tmpdir(), "orca-fleet-doc-"));
  const calls = join(bin, "systemctl.calls");
  const fakes = { ...commands, systemctl: `echo "$*" >> '${calls}'\n${systemctl}` };
  for (const [command, body] of Object.entries(fakes)) {
    writeFileSync(join(bin, command), `#!/bin/bash\n${body}\n`);
    chmodSync(join(bin, command), 0o755);
  }
  writeFileSync(calls, "");
  const run = await runCaptured(["/bin/bash", "-c", script], {
    PATH: `${bin}:${process.env.PATH ?? "/usr/bin:/bin"}`,
    AWS_SSM_INSTANCE_ID: instanceId,
    LANG: "C.UTF-8",
  });
  return { ...run, systemctlCalls: readFileSync(calls, "utf8") };
}

/** Runs argv with exactly `env`, and collects its output and exit status. */
export function runCaptured(argv: string[], env: Record<string, string>): Promise<ScriptRun> {
  return new Promise<ScriptRun>((resolve) => {
    const child = spawn(argv[0] ?? "/bin/bash", argv.slice(1), { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => {
      stdout += c;
    });
    child.stderr.setEncoding("utf8").on("data", (c: string) => {
      stderr += c;
    });
    child.on("close", (code) => resolve({ exitCode: code ?? -1, stdout, stderr }));
  });
}
