import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAwsClients } from "../../actions/lib/adapters/aws/clients.js";
import { readInventory } from "../../actions/lib/adapters/aws/ec2-inventory.js";
import { createOctokit } from "../../actions/lib/adapters/github/octokit.js";
import { tagKeys } from "../../actions/lib/core/instance-tags.js";
import { silentLog } from "../../actions/lib/core/ports.js";
import { loadRegistry } from "../../actions/lib/core/registry/load.js";
import { type LocalCloud, startLocalCloud } from "../localcloud/index.js";
import { repoPath } from "../localcloud/runner/paths.js";

describe("startLocalCloud with the example fleet", () => {
  let cloud: LocalCloud;

  beforeAll(async () => {
    cloud = await startLocalCloud({ clinicsDir: repoPath("clinics") });
    for (const [key, value] of Object.entries(cloud.env)) vi.stubEnv(key, value);
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    await cloud?.stop();
  });

  it("gives the environment an action needs to reach it", () => {
    expect(Object.keys(cloud.env).sort()).toEqual([
      "AWS_ACCESS_KEY_ID",
      "AWS_ENDPOINT_URL",
      "AWS_REGION",
      "AWS_SECRET_ACCESS_KEY",
      "GITHUB_API_URL",
      "GITHUB_REPOSITORY",
      "GITHUB_SERVER_URL",
      "GITHUB_TOKEN",
    ]);
    expect(cloud.env.AWS_REGION).toBe("ap-northeast-1");
  });

  it("runs one tagged instance per active clinic, as the toolkit's inventory reads them", async () => {
    const { clinics } = await loadRegistry(repoPath("clinics"));
    const active = clinics.filter((c) => c.clinic.status === "active").map((c) => c.clinic.id);
    const { ec2 } = createAwsClients({ region: cloud.env.AWS_REGION ?? "" });
    const inventory = await readInventory(ec2);
    expect(inventory.map((i) => i.clinicId).sort()).toEqual(active.sort());
    expect(inventory.every((i) => i.state === "running")).toBe(true);
    const first = inventory[0];
    expect(first?.tags[tagKeys.name]).toBe(`orca-${first?.clinicId}`);
    expect(first?.tags[tagKeys.managedBy]).toBe("orca-fleet");
  });

  it("holds the registry folder on the repository's default branch", async () => {
    const octokit = createOctokit(cloud.env.GITHUB_TOKEN ?? "", silentLog);
    const [owner = "", repo = ""] = (cloud.env.GITHUB_REPOSITORY ?? "").split("/");
    const { data } = await octokit.rest.repos.get({ owner, repo });
    expect(data.default_branch).toBe("main");
    const fleet = await octokit.rest.repos.getContent({ owner, repo, path: "clinics/fleet.yml", ref: "main" });
    const content = "content" in fleet.data ? Buffer.from(fleet.data.content, "base64").toString("utf8") : "";
    expect(content).toBe(await readFile(repoPath("clinics", "fleet.yml"), "utf8"));
  });
});

describe("stopping the local cloud", () => {
  it("closes both endpoints", async () => {
    const cloud = await startLocalCloud();
    await cloud.stop();
    await expect(fetch(`${cloud.github.url}/repos/x/y`)).rejects.toThrow();
    await expect(fetch(cloud.aws.url)).rejects.toThrow();
  });
});
