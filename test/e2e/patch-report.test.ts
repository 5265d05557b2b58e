import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readHistoryState, updateHistory } from "../../actions/lib/adapters/github/history-branch.js";
import { createOctokit } from "../../actions/lib/adapters/github/octokit.js";
import { silentLog } from "../../actions/lib/core/ports.js";
import { marker } from "../../actions/lib/core/render/markdown.js";
import type { PatchReportFile } from "../../actions/lib/flows/patch-report/outputs.js";
import type { PatchReportInput } from "../localcloud/aws/ssm/steering.js";
import { type LocalCloud, startLocalCloud } from "../localcloud/index.js";
import { ensureBundle } from "../localcloud/runner/bundle.js";
import { githubEvent } from "../localcloud/runner/events.js";
import { type ActionRun, runAction } from "../localcloud/runner/run-action.js";
import { exampleClinics, writeWorkspace } from "./provision-world.js";

/**
 * The bundled patch-report action against the local cloud: every active example clinic gets a patch state of one
 * of the kinds below, and the report must count exactly what was set.
 */

const dayMs = 86_400_000;
type Patch = PatchReportInput["patches"][number];
const p = (kbId: string, state: Patch["state"], severity = "Important"): Patch => ({
  title: kbId,
  kbId,
  state,
  severity,
});

interface Kind {
  name: string;
  /** undefined: never scanned. */
  patches?: Patch[];
  scanAgeDays?: number;
}

const kinds: Kind[] = [
  { name: "never" },
  { name: "compliant", patches: [p("bash", "Installed"), p("vim", "InstalledOther"), p("kb-x", "NotApplicable")] },
  { name: "critical", patches: [p("openssl", "Missing", "Critical"), p("tzdata", "Missing"), p("bash", "Installed")] },
  { name: "reboot", patches: [p("linux-image", "InstalledPendingReboot"), p("bash", "Installed")] },
  { name: "failed", patches: [p("libc6", "Failed"), p("less", "Missing", "Low")] },
  { name: "stale", patches: [p("bash", "Installed")], scanAgeDays: 20 },
  { name: "rejected", patches: [p("old-lib", "InstalledRejected"), p("bash", "Installed")] },
];

let cloud: LocalCloud;
let workspace: string;
const assigned = new Map<string, Kind>();
const historyBranch = "fleet-status";

beforeAll(async () => {
  await ensureBundle();
  workspace = await writeWorkspace(await exampleClinics());
  cloud = await startLocalCloud({ clinicsDir: join(workspace, "clinics") });
  const now = Date.now();
  [...cloud.fleet.entries()].sort().forEach(([clinicId, instanceId], index) => {
    const kind = kinds[index % kinds.length] ?? { name: "never" };
    assigned.set(clinicId, kind);
    if (kind.patches === undefined) return;
    const end = new Date(now - (kind.scanAgeDays ?? 1) * dayMs);
    cloud.aws.ssm.setPatchState(instanceId, { patches: kind.patches, operationStart: end, operationEnd: end });
  });
  vi.stubEnv("GITHUB_API_URL", cloud.github.url);
}, 600_000);

afterAll(async () => {
  vi.unstubAllEnvs();
  await cloud?.stop();
});

function report(extra: Record<string, string> = {}): Promise<ActionRun> {
  const event = githubEvent("schedule", { repository: { owner: cloud.github.owner, repo: cloud.github.repo } });
  return runAction({
    action: "patch-report",
    inputs: { clinics: "clinics", "history-branch": historyBranch, ...extra },
    ...event,
    env: cloud.env,
    workspace,
  });
}

const count = (...names: string[]) => [...assigned.values()].filter((k) => names.includes(k.name)).length;

function historyCommits(): number {
  const { git } = cloud.github.store;
  let n = 0;
  for (let sha = git.refs.get(`refs/heads/${historyBranch}`); sha !== undefined; sha = git.commits.get(sha)?.parents[0])
    n += 1;
  return n;
}

function reportIssues() {
  return [...cloud.github.store.issues.values()].filter((issue) => issue.labels.includes("patch-report"));
}

describe("patch-report on the local cloud", () => {
  let firstIssue: string | undefined;

  it("counts exactly the patch states set per instance, into one issue, a summary, a JSON file and the history", async () => {
    expect(assigned.size).toBeGreaterThanOrEqual(kinds.length);
    const run = await report();
    expect(run.exitCode, run.log).toBe(0);
    const nonCompliant = count("critical", "reboot", "failed", "rejected");
    expect(run.outputs).toMatchObject({
      compliant: String(count("compliant", "stale")),
      "non-compliant": String(nonCompliant),
      "never-scanned": String(count("never")),
      "issue-outcome": "created",
      history: "committed",
    });
    const file = JSON.parse(await readFile(join(workspace, "patch-report.json"), "utf8")) as PatchReportFile;
    expect(file.summary).toMatchObject({
      clinics: assigned.size,
      noInstance: 0,
      staleScans: count("stale"),
      pendingRebootClinics: count("reboot"),
      urgentClinics: count("critical", "failed"),
      criticalClinics: count("critical"),
      missing: { Critical: count("critical"), Important: count("critical"), Low: count("failed") },
      failed: { Important: count("failed") },
    });
    for (const [clinicId, kind] of assigned) {
      const expected =
        kind.patches === undefined
          ? "never-scanned"
          : ["critical", "reboot", "failed", "rejected"].includes(kind.name)
            ? "non-compliant"
            : "compliant";
      expect(file.clinics[clinicId]?.compliance, clinicId).toBe(expected);
    }
    const issues = reportIssues();
    expect(issues).toHaveLength(1);
    const issue = issues[0];
    expect(issue?.body?.startsWith(marker("patch-report"))).toBe(true);
    expect(issue?.user).toBe("github-actions[bot]");
    expect(issue?.body).toContain("```mermaid");
    expect(run.summary).toContain("パッチ適用状況レポート");
    firstIssue = String(issue?.number);
    expect(run.outputs.issue).toBe(firstIssue);
    expect(historyCommits()).toBe(1);
  });

  it("edits the same issue in a later run of the week, and adds no commit to the history when nothing changed", async () => {
    // The clinics waiting for a reboot have rebooted: they are compliant now.
    for (const [clinicId, kind] of [...assigned]) {
      if (kind.name !== "reboot") continue;
      const instanceId = cloud.fleet.get(clinicId) ?? "";
      cloud.aws.ssm.setPatchState(instanceId, { patches: [p("linux-image", "Installed"), p("bash", "Installed")] });
      assigned.set(clinicId, { name: "compliant" });
    }
    const edited = await report();
    expect(edited.exitCode, edited.log).toBe(0);
    expect(edited.outputs).toMatchObject({
      issue: firstIssue,
      "issue-outcome": "updated",
      history: "committed",
      compliant: String(count("compliant", "stale")),
    });
    expect(historyCommits()).toBe(2);
    const again = await report();
    expect(again.exitCode, again.log).toBe(0);
    expect(again.outputs.issue).toBe(firstIssue);
    // The same report (the issue is left alone when even its minute is the same), and no commit.
    expect(["updated", "unchanged"]).toContain(again.outputs["issue-outcome"]);
    expect(again.outputs.history).toBe("unchanged");
    expect(historyCommits()).toBe(2);
    expect(reportIssues()).toHaveLength(1);
  });

  it("fails the job, after reporting, when a critical patch has been outstanding longer than the input allows", async () => {
    const octokit = createOctokit(cloud.github.token, silentLog);
    const target = { owner: cloud.github.owner, repo: cloud.github.repo, branch: historyBranch };
    const state = await readHistoryState(octokit, target);
    const [clinicId] = [...assigned].find(([, kind]) => kind.name === "critical") ?? [];
    const patch = clinicId === undefined ? undefined : state.clinics[clinicId]?.patch;
    expect(patch?.outstanding.openssl).toBeDefined();
    if (clinicId === undefined || patch === undefined) return;
    // As if an earlier report had first seen the missing openssl 30 days ago.
    const since = new Date(Date.now() - 30 * dayMs + 9 * 3_600_000).toISOString().slice(0, 10);
    const aged = { ...patch, outstanding: { ...patch.outstanding, openssl: { severity: "Critical", since } } };
    await updateHistory(
      octokit,
      target,
      (s) => ({ ...s, clinics: { ...s.clinics, [clinicId]: { ...s.clinics[clinicId], patch: aged } } }),
      "an older report",
      { clock: { now: () => new Date() }, sleep: async () => {} },
    );
    const lenient = await report({ "fail-on-critical-older-than-days": "30" });
    expect(lenient.exitCode, lenient.log).toBe(0);
    const strict = await report({ "fail-on-critical-older-than-days": "29" });
    expect(strict.exitCode).toBe(1);
    expect(strict.outputs["overdue-critical"]).toBe(String(count("critical") > 0 ? 1 : 0));
    expect(strict.annotations.find((a) => a.level === "error")?.message).toContain(`${clinicId} openssl (30)`);
    expect(reportIssues()).toHaveLength(1);
  });

  it("refuses a bad input by name", async () => {
    const run = await report({ "stale-scan-days": "soon" });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.find((a) => a.level === "error")?.message).toContain('input "stale-scan-days" is "soon"');
  });
});
