import { readFileSync } from "node:fs";
import { release, type } from "node:os";
import { agentUser } from "./aws/ssm/agents/agent-user.js";
import { scratchRoot } from "./aws/ssm/agents/shell.js";
import type { LocalCloud } from "./index.js";

/** This host's system, as /etc/os-release names it (the kernel's name and release where there is none). */
export function hostSystem(): string {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readFileSync("/etc/os-release", "utf8"))?.[1];
    if (pretty !== undefined) return pretty;
  } catch {
    // No os-release (macOS, say): the kernel says enough.
  }
  return `${type()} ${release()}`;
}

/** The lines `npm run localcloud` prints after the environment: where things are, and what runs where. */
export function bannerLines(cloud: LocalCloud): string[] {
  const user = agentUser();
  const who = user.dropped ? `as ${user.name} (dropped from root)` : `as ${user.name}`;
  return [
    `# ${cloud.fleet.size} clinic instances running; AWS admin at ${cloud.aws.url}/_localcloud/, GitHub's at ${cloud.github.url}/_localcloud/ (GET lists the routes)`,
    `# What runs where: both endpoints are this process (pid ${process.pid}) on 127.0.0.1. The simulated instances report Ubuntu 22.04,`,
    `# but AWS-RunShellScript commands run on this host (${hostSystem()}) ${who}, in ${scratchRoot()}/<instance-id>;`,
    "# the toolkit's own documents (orca-healthcheck, orca-restart, ...) are answered by the simulated WebORCA, not run.",
    `# Ctrl-C, or SIGTERM to this process or to npm, stops both endpoints.`,
  ];
}
