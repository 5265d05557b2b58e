import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  GetParameterHistoryCommand,
  LabelParameterVersionCommand,
  PutParameterCommand,
  SSMClient,
} from "@aws-sdk/client-ssm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadRegistry } from "../../actions/lib/core/registry/load.js";
import { type LocalCloud, startLocalCloud } from "../localcloud/index.js";
import { githubEvent } from "../localcloud/runner/events.js";
import { repoPath } from "../localcloud/runner/paths.js";
import { runAction } from "../localcloud/runner/run-action.js";

/**
 * bake-ami as the runner starts it, with a stand-in packer on PATH that plays back recorded machine-readable
 * streams, against the local SSM: what reaches the parameter, and what never does. The example fleet's locale is
 * ja, so what the action says is checked in Japanese; a copy of the registry set to en checks the English.
 */

const parameter = "/orca-fleet/golden-ami";
const baked = "ami-0a1b2c3d4e5f60718";
const sourceCommit = "0123456789abcdef0123456789abcdef01234567";
let cloud: LocalCloud;
let ssm: SSMClient;
let seedDir: string;
/** The same registry with `locale: en` in fleet.yml. */
let englishDir: string;
/** An active clinic left out of the seeded fleet: it has no instance, so it launches next. */
let waiting: string;

beforeAll(async () => {
  const registry = await loadRegistry(repoPath("clinics"));
  const first = registry.clinics.find((loaded) => loaded.clinic.status === "active");
  if (first === undefined) throw new Error("the example registry has no active clinic");
  waiting = first.clinic.id;
  seedDir = mkdtempSync(join(tmpdir(), "bake-ami-seed-"));
  cpSync(repoPath("clinics"), seedDir, { recursive: true, filter: (path) => !path.endsWith(`/${waiting}.yml`) });
  englishDir = mkdtempSync(join(tmpdir(), "bake-ami-en-"));
  cpSync(repoPath("clinics"), englishDir, { recursive: true });
  const fleetFile = join(englishDir, "fleet.yml");
  writeFileSync(fleetFile, readFileSync(fleetFile, "utf8").replace(/^locale: ja$/m, "locale: en"));
  cloud = await startLocalCloud({ clinicsDir: seedDir });
  ssm = new SSMClient({
    region: registry.fleet?.region ?? "ap-northeast-1",
    endpoint: cloud.aws.url,
    credentials: { accessKeyId: "localcloud", secretAccessKey: "localcloud" },
  });
}, 600_000);

afterAll(async () => {
  ssm?.destroy();
  await cloud?.stop();
  if (seedDir) rmSync(seedDir, { recursive: true, force: true });
  if (englishDir) rmSync(englishDir, { recursive: true, force: true });
});

async function history() {
  try {
    const entries = [];
    let nextToken: string | undefined;
    do {
      const answer = await ssm.send(
        new GetParameterHistoryCommand({ Name: parameter, MaxResults: 50, NextToken: nextToken }),
      );
      entries.push(...(answer.Parameters ?? []));
      nextToken = answer.NextToken;
    } while (nextToken !== undefined);
    return entries.map((p) => ({ version: p.Version, value: p.Value, labels: p.Labels ?? [] }));
  } catch (error) {
    if (error instanceof Error && error.name === "ParameterNotFound") return [];
    throw error;
  }
}

async function bakeAmi(stream: string, inputs: Record<string, string> = {}) {
  const event = githubEvent("workflow_dispatch", {
    repository: { owner: cloud.github.owner, repo: cloud.github.repo },
  });
  return runAction({
    action: "bake-ami",
    inputs: { "source-commit": sourceCommit, ...inputs },
    eventName: event.eventName,
    payload: event.payload,
    env: {
      ...cloud.env,
      PATH: `${repoPath("test", "fixtures", "packer", "bin")}:${process.env.PATH ?? ""}`,
      PACKER_STANDIN_STREAM: stream,
    },
  });
}

describe("bake-ami", () => {
  it("leaves the parameter untouched when the build fails, and says why", async () => {
    const run = await bakeAmi("failure");
    expect(run.exitCode).toBe(1);
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: "error",
        message: expect.stringContaining(
          "packer build が失敗しました（終了コード 1）: amazon-ebs.weborca: Script exited",
        ),
      }),
    );
    expect(run.summary).toContain("## ゴールデン AMI は記録されていません");
    expect(await history()).toEqual([]);
  });

  it("records a built AMI as a new version labelled with its build and current", async () => {
    const run = await bakeAmi("success");
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs).toEqual({ "ami-id": baked, "parameter-version": "1" });
    const [first] = await history();
    expect(first).toEqual({ version: 1, value: baked, labels: [expect.stringMatching(/^build-\d+-1$/), "current"] });
    expect(run.summary).toContain("## ゴールデン AMI を作成しました");
    expect(run.summary).toContain(`\`${baked}\``);
    // Progress is grouped by Packer's steps, with the steps' output inside.
    expect(run.log).toContain(
      "::group::amazon-ebs.weborca: Provisioning with shell script: packer/scripts/20-weborca.sh",
    );
    expect(run.log).toContain("    amazon-ebs.weborca: installed jma-receipt-weborca 1:5.2.0-1");
  });

  it.each([
    ["no-artifact", "ビルドの artifact 行: artifact がありません"],
    [
      "two-artifacts",
      "ビルドの artifact 行: AMI が1つではなく 2 個あります（ami-0a1b2c3d4e5f60718, ami-0f9e8d7c6b5a49382）",
    ],
  ])("refuses a %s stream and leaves the parameter as it was", async (stream, reason) => {
    const before = await history();
    const run = await bakeAmi(stream);
    expect(run.exitCode).toBe(1);
    expect(run.annotations.map((annotation) => annotation.message)).toContainEqual(
      `${reason}。${parameter} は変更していません`,
    );
    expect(await history()).toEqual(before);
  });

  it("moves current to the next build, and rolls it back without building", async () => {
    const second = await bakeAmi("success");
    expect(second.exitCode, second.log).toBe(0);
    expect(second.outputs["parameter-version"]).toBe("2");
    expect(second.summary).toContain("`rollback-to: 1` で戻せます");
    expect((await history()).map((entry) => entry.labels.includes("current"))).toEqual([false, true]);

    const back = await bakeAmi("failure", { "rollback-to": "1" });
    expect(back.exitCode, back.log).toBe(0);
    expect(back.outputs).toEqual({ "ami-id": baked, "parameter-version": "1" });
    expect(back.summary).toContain("## `current` をバージョン 1 に移しました");
    expect(back.summary).toContain(`| \`${waiting}\` |`);
    expect(back.log).not.toContain("packer build");
    expect((await history()).map((entry) => entry.labels.includes("current"))).toEqual([true, false]);
  });

  it("refuses a rollback to a version that does not exist", async () => {
    const run = await bakeAmi("success", { "rollback-to": "build-0-1" });
    expect(run.exitCode).toBe(1);
    expect(run.summary).toContain("## ロールバックを中止しました");
    expect(run.annotations.map((annotation) => annotation.message).join("\n")).toContain(
      "パラメータに「build-0-1」というバージョンはありません",
    );
  });

  it("speaks English when the fleet's locale is en", async () => {
    const run = await bakeAmi("success", { "rollback-to": "build-0-1", clinics: englishDir });
    expect(run.exitCode).toBe(1);
    expect(run.summary).toContain("## Rollback refused");
    expect(run.annotations.map((annotation) => annotation.message).join("\n")).toContain(
      'no version of the parameter is "build-0-1"',
    );
  });
});

/**
 * A parameter whose history nears AWS's 100 versions: each scenario starts from a fresh Parameter Store holding
 * `count` versions, each labelled with its build, and `current` on `currentOn`.
 */
describe("bake-ami near the parameter's 100-version limit", () => {
  async function seedHistory(count: number, currentOn: number) {
    cloud.aws.ssm.reset();
    for (let version = 1; version <= count; version++) {
      await ssm.send(
        new PutParameterCommand({
          Name: parameter,
          Value: "ami-0f9e8d7c6b5a49382",
          Type: "String",
          DataType: "aws:ec2:image",
          Overwrite: version > 1,
        }),
      );
      const labels = [`build-${version}-1`, ...(version === currentOn ? ["current"] : [])];
      await ssm.send(new LabelParameterVersionCommand({ Name: parameter, ParameterVersion: version, Labels: labels }));
    }
  }

  it("takes the oldest build labels off, never current nor the newest builds, then records the build", async () => {
    await seedHistory(100, 98);
    const run = await bakeAmi("success");
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs).toEqual({ "ami-id": baked, "parameter-version": "101" });
    const after = await history();
    // AWS dropped version 1 to make room; versions 2 to 10 lost their build labels (10 versions of headroom).
    expect(after).toHaveLength(100);
    expect(after[0]?.version).toBe(2);
    const labelsOf = (version: number) => after.find((entry) => entry.version === version)?.labels;
    for (let version = 2; version <= 10; version++) expect(labelsOf(version), `version ${version}`).toEqual([]);
    expect(labelsOf(11)).toEqual(["build-11-1"]);
    // The version current was on, and the newest builds, keep their labels; current moved to the new version.
    expect(labelsOf(98)).toEqual(["build-98-1"]);
    expect(labelsOf(100)).toEqual(["build-100-1"]);
    expect(labelsOf(101)).toEqual([expect.stringMatching(/^build-\d+-1$/), "current"]);
    expect(run.summary).toContain("履歴は AWS の上限 100 バージョンのうち 100 を使っています");
    expect(run.summary).toContain("| バージョン | 外したラベル |");
    for (let version = 1; version <= 10; version++) {
      expect(run.summary).toContain(`| ${version} | \`build-${version}-1\` |`);
    }
    expect(run.summary).not.toContain("| 11 |");
  });

  it("refuses before building when current sits on the oldest of 100 versions, and changes nothing", async () => {
    await seedHistory(100, 1);
    const before = await history();
    const run = await bakeAmi("success");
    expect(run.exitCode).toBe(1);
    expect(run.log).not.toContain("packer init");
    expect(run.log).not.toContain("packer build");
    expect(await history()).toEqual(before);
    expect(run.summary).toContain("## ゴールデン AMI は記録されていません");
    expect(run.annotations.map((annotation) => annotation.message)).toContainEqual(
      expect.stringContaining("最も古いバージョン 1（全 100 件）にラベル build-1-1, current が付いているため"),
    );
  });
});
