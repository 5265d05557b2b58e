// Provisions N new clinics (default 1,000) on the local cloud with AWS's published EC2 throttle on, through the
// bundled action as the runner starts it, and prints the AWS calls by operation and the wall time beside the floor
// that RunInstances' token bucket sets: (N - burst) / refill seconds.
// Usage: npm run bench:provision [-- <clinics>]

import { performance } from "node:perf_hooks";
import { awsView, exampleClinics, madeUpClinics, seedGoldenAmi, writeWorkspace } from "../test/e2e/provision-world.js";
import { ec2BucketSizes } from "../test/localcloud/aws/throttle/ec2-classes.js";
import { startLocalCloud } from "../test/localcloud/index.js";
import { ensureBundle } from "../test/localcloud/runner/bundle.js";
import { githubEvent } from "../test/localcloud/runner/events.js";
import { runAction } from "../test/localcloud/runner/run-action.js";

const count = Number(process.argv[2] ?? 1000);
if (!Number.isInteger(count) || count < 1)
  throw new Error(`clinics must be a positive whole number, not ${process.argv[2]}`);

await ensureBundle();
const cloud = await startLocalCloud();
try {
  cloud.aws.ec2.setBootDelay(200);
  await seedGoldenAmi(cloud.aws, awsView(cloud.aws));
  const [template] = await exampleClinics();
  if (template === undefined) throw new Error("clinics/ holds no example clinic to copy");
  const workspace = await writeWorkspace(madeUpClinics(count, template));
  cloud.aws.throttle.configure({ ec2: true });
  await fetch(`${cloud.aws.url}/_localcloud/counts`, { method: "DELETE" });

  const event = githubEvent("push", {
    repository: { owner: cloud.github.owner, repo: cloud.github.repo },
    overrides: { after: "b".repeat(40), head_commit: { message: "Add the benchmark's clinics" } },
  });
  const started = performance.now();
  const run = await runAction({
    action: "provision",
    inputs: { mode: "apply", clinics: "clinics", "wait-timeout-minutes": "30" },
    ...event,
    env: cloud.env,
    workspace,
    timeoutMs: 60 * 60_000,
  });
  const seconds = (performance.now() - started) / 1000;
  const { capacity, refillPerSecond } = ec2BucketSizes.runInstances;
  const floor = Math.max(0, count - capacity) / refillPerSecond;

  console.log(
    `provision: ${count} new clinics, EC2 throttle as AWS publishes it (RunInstances ${capacity} + ${refillPerSecond}/s)`,
  );
  console.log(`exit code ${run.exitCode}; outputs ${JSON.stringify(run.outputs)}`);
  console.log("AWS calls by operation (throttled attempts included):");
  for (const [operation, calls] of Object.entries(cloud.aws.counts()).sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`  ${operation.padEnd(28)} ${String(calls).padStart(6)}`);
  }
  console.log(
    `wall time ${seconds.toFixed(1)} s; throttle floor ${floor.toFixed(1)} s; ratio ${(seconds / floor).toFixed(2)}`,
  );
  if (run.exitCode !== 0) console.log(run.log.split("\n").slice(-20).join("\n"));
} finally {
  await cloud.stop();
}
