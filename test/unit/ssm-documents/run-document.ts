import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  parseCommandDocument,
  renderRunCommand,
  resolveParameters,
} from "../../localcloud/aws/ssm/documents/content.js";
import { toolkitDocumentsDir } from "../../localcloud/aws/ssm/documents/toolkit.js";

export interface ScriptRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a toolkit document's script with bash as the SSM agent would: parameters substituted by the same code the
 * local cloud uses, AWS_SSM_INSTANCE_ID set, and a fake `systemctl` first on PATH that records its arguments.
 */
export async function runDocument(
  name: string,
  instanceId: string,
  parameters: Record<string, string[]>,
  systemctl = "exit 0",
): Promise<ScriptRun & { systemctlCalls: string }> {
  const parsed = parseCommandDocument(readFileSync(join(toolkitDocumentsDir, `${name}.yml`), "utf8"), "YAML");
  const step = parsed.steps[0];
  if (!step) throw new Error(`${name} has no step`);
  const script = renderRunCommand(step, resolveParameters(parsed, parameters));
  const bin = mkdtempSync(join(tmpdir(), "orca-fleet-doc-"));
  const calls = join(bin, "systemctl.calls");
  writeFileSync(join(bin, "systemctl"), `#!/bin/bash\necho "$*" >> '${calls}'\n${systemctl}\n`);
  chmodSync(join(bin, "systemctl"), 0o755);
  writeFileSync(calls, "");
  const run = await new Promise<ScriptRun>((resolve) => {
    const child = spawn("/bin/bash", ["-c", script], {
      env: { PATH: `${bin}:${process.env.PATH ?? "/usr/bin:/bin"}`, AWS_SSM_INSTANCE_ID: instanceId, LANG: "C.UTF-8" },
      stdio: ["ignore", "pipe", "pipe"],
    });
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
  return { ...run, systemctlCalls: readFileSync(calls, "utf8") };
}
