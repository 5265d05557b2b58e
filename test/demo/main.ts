/**
 * `npm run demo`: starts the local cloud with the example fleet, plays each step in test/demo/steps in file-name
 * order with the real action bundles, and prints what a person would see in GitHub. Nothing is left running, also
 * when interrupted.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { type LocalCloud, startLocalCloud } from "../localcloud/index.js";
import { ensureBundle } from "../localcloud/runner/bundle.js";
import { repoPath } from "../localcloud/runner/paths.js";
import { killRunningActions } from "../localcloud/runner/run-action.js";
import { frame, heading, narrate } from "./terminal.js";
import type { DemoContext, DemoStep } from "./types.js";

const stepsDir = repoPath("test", "demo", "steps");
let cloud: LocalCloud | undefined;
/** Everything the demo writes on disk: the checkout and the steps' temporary folders. */
let scratch: string | undefined;

async function cleanUp(): Promise<void> {
  killRunningActions();
  const stopping = cloud?.stop();
  cloud = undefined;
  await stopping;
  if (scratch !== undefined) await rm(scratch, { recursive: true, force: true });
  scratch = undefined;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the demo`);
    cleanUp().finally(() => process.exit(130));
  });
}

async function main(): Promise<void> {
  const started = performance.now();
  console.log("orca-fleet demo: the local cloud, the example fleet in clinics/, and the real action bundles.");
  console.log(narrate("Checking that the action bundle is as new as its sources (it is rebuilt when not)…"));
  const bundle = await ensureBundle();
  console.log(narrate(bundle === "built" ? `Bundle rebuilt in ${seconds(started)}.` : "Bundle up to date."));
  cloud = await startLocalCloud({ clinicsDir: repoPath("clinics") });
  // Library calls made by the steps themselves reach the local cloud as the actions do: by the standard settings.
  Object.assign(process.env, cloud.env);
  const root = await mkdtemp(join(tmpdir(), "orca-fleet-demo-"));
  scratch = root;
  const ctx: DemoContext = {
    cloud,
    workdir: await checkout(cloud, join(root, "checkout")),
    tempDir: (name) => mkdtemp(join(root, `${name}-`)),
    say: (text) => console.log(narrate(text)),
    show: (title, markdown) => console.log(frame(title, markdown)),
  };
  for (const { file, step } of await loadSteps()) {
    console.log(heading(file, step.title));
    const stepStarted = performance.now();
    await step.run(ctx);
    console.log(narrate(`(${seconds(stepStarted)})`));
  }
  console.log(`\nThe demo finished in ${seconds(started)}.`);
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

/** Writes the repository's default branch into a folder, as actions/checkout would. */
async function checkout(local: LocalCloud, dir: string): Promise<string> {
  const { store } = local.github;
  await mkdir(dir, { recursive: true });
  for (const path of store.listFiles()) {
    await mkdir(join(dir, dirname(path)), { recursive: true });
    await writeFile(join(dir, path), store.readFile(path) ?? "");
  }
  return dir;
}

async function loadSteps(): Promise<{ file: string; step: DemoStep }[]> {
  const files = (await readdir(stepsDir)).filter((name) => /^\d+-[\w-]+\.ts$/.test(name)).sort();
  const steps: { file: string; step: DemoStep }[] = [];
  for (const file of files) {
    const loaded: unknown = await import(join(stepsDir, file));
    const step = typeof loaded === "object" && loaded !== null && "step" in loaded ? loaded.step : undefined;
    if (!isDemoStep(step)) throw new Error(`${file} must export \`step: DemoStep\` ({ title, run(ctx) })`);
    steps.push({ file, step });
  }
  return steps;
}

function isDemoStep(value: unknown): value is DemoStep {
  return (
    typeof value === "object" &&
    value !== null &&
    "title" in value &&
    typeof value.title === "string" &&
    "run" in value &&
    typeof value.run === "function"
  );
}

try {
  await main();
  await cleanUp();
  process.exit(0);
} catch (error) {
  console.error("\nThe demo stopped:", error instanceof Error ? error.message : error);
  await cleanUp();
  process.exit(1);
}
