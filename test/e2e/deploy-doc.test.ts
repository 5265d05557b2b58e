import { spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalCloud, startLocalCloud } from "../localcloud/index.js";

/**
 * docs/deploy.md, followed as written: its `sh local-cloud` blocks run in order as one bash script against a
 * started local cloud, from a copy of the repository whose clinics/ holds only fleet.yml, and each `text
 * doctor-says` block's lines must be in the output of the block just before it. The walk ends at a clinic whose
 * orca-healthcheck, sent through SSM, says healthy. `npx orca-fleet` runs this checkout's bin (the committed
 * bundle), as `npx` does at the repository's root, without npm's own start-up per call. `aws` is Debian's AWS CLI v2
 * (/usr/bin/aws), the CLI the guide is written for, not whichever one PATH finds first (pyenv's v1 shim here, which
 * also costs about half a CPU second more per call, in its own start-up).
 */
const awsCli = "/usr/bin/aws";
const root = join(import.meta.dirname, "../..");

interface Block {
  kind: "run" | "says";
  text: string;
  line: number;
}

/** The fenced blocks the walk is made of, in the document's order. */
function walkBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const fence = /^```(sh local-cloud|text doctor-says)\n([\s\S]*?)^```$/gm;
  for (const match of markdown.matchAll(fence)) {
    const line = markdown.slice(0, match.index).split("\n").length;
    blocks.push({ kind: match[1] === "sh local-cloud" ? "run" : "says", text: match[2] ?? "", line });
  }
  return blocks;
}

const marker = (i: number) => `@@deploy-doc block ${i}@@`;

let cloud: LocalCloud;
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "orca-deploy-doc-"));
  await mkdir(join(work, "clinics"));
  await cp(join(root, "clinics", "fleet.yml"), join(work, "clinics", "fleet.yml"));
  await cp(join(root, "ssm-documents"), join(work, "ssm-documents"), { recursive: true });
  await symlink(join(root, "actions"), join(work, "actions"));
  await mkdir(join(work, "bin"));
  await symlink(awsCli, join(work, "bin", "aws"));
  cloud = await startLocalCloud({ clinicsDir: join(work, "clinics") });
});
afterAll(async () => {
  await cloud?.stop();
});

function bash(script: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("bash", ["-c", script], { cwd: work, env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out }));
  });
}

describe("docs/deploy.md on the local cloud", () => {
  // About 25 processes (the CLI, the AWS CLI, the bundled provision action) one after another: some 20 s on an idle
  // machine, minutes on a loaded one, hence the long timeout.
  it("walks from an empty account to a healthy first clinic, doctor saying what the guide says at each step", {
    timeout: 240_000,
  }, async () => {
    const blocks = walkBlocks(await readFile(join(root, "docs", "deploy.md"), "utf8"));
    const runs = blocks.filter((b) => b.kind === "run");
    expect(runs.length).toBeGreaterThan(5);
    const preamble = [
      "set -euo pipefail",
      `npx() { if [ "$1" = orca-fleet ]; then shift; node ${JSON.stringify(join(root, "bin", "orca-fleet.js"))} "$@"; else command npx "$@"; fi; }`,
    ];
    const script = [...preamble, ...runs.flatMap((b, i) => [`echo '${marker(i)}'`, b.text])].join("\n");
    await writeFile(join(work, "walk.sh"), script);
    const path = `${join(work, "bin")}:${process.env.PATH ?? "/usr/bin:/bin"}`;
    const env = { ...process.env, ...cloud.env, PATH: path, CA_DIR: join(work, "ca"), NODE_NO_WARNINGS: "1" };
    const { code, out } = await bash(script, env);
    const outputs = out.split(/^@@deploy-doc block \d+@@$/m).slice(1);
    const failedAt = runs[outputs.length - 1];
    expect(code, `the block at docs/deploy.md:${failedAt?.line} failed:\n${outputs.at(-1)}`).toBe(0);
    expect(outputs).toHaveLength(runs.length);

    // Each doctor-says block holds lines of the output of the run block just before it.
    let runIndex = -1;
    let checked = 0;
    for (const block of blocks) {
      if (block.kind === "run") runIndex += 1;
      else {
        const said = outputs[runIndex] ?? "";
        for (const line of block.text.split("\n").filter((l) => l.trim() !== "")) {
          expect(said, `docs/deploy.md:${block.line} says doctor prints "${line}"`).toContain(line);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(5);
    expect(outputs.at(-1)).toMatch(/ORCA_FLEET_RESULT .*"ok":true,"status":"healthy"/);
  });
});
