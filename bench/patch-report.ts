// Reports on N clinics (default 5,000), 10% of them non-compliant, through the bundled patch-report action against
// the local cloud with 50 ms of latency on every AWS call and throttling on (EC2 as AWS publishes it; SSM, which
// publishes no rates, one bucket of 40 calls refilled 40 a second, Parameter Store's default throughput). Prints
// the AWS calls by operation beside the minimum the API limits allow, and the wall time.
// Usage: npm run bench:patch-report [-- <clinics>]

import { loadavg } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { exampleClinics, madeUpClinics, writeWorkspace } from "../test/e2e/provision-world.js";
import { startLocalCloud } from "../test/localcloud/index.js";
import { ensureBundle } from "../test/localcloud/runner/bundle.js";
import { githubEvent } from "../test/localcloud/runner/events.js";
import { runAction } from "../test/localcloud/runner/run-action.js";

const count = Number(process.argv[2] ?? 5000);
if (!Number.isInteger(count) || count < 10)
  throw new Error(`clinics must be a whole number of at least 10, not ${process.argv[2]}`);

const latencyMs = 50;
const ssmBucket = { capacity: 40, refillPerSecond: 40 };
/** Patches on a non-compliant instance: under one page of DescribeInstancePatches (100). */
const missingPerInstance = 6;

await ensureBundle();
const [template] = await exampleClinics();
if (template === undefined) throw new Error("clinics/ holds no example clinic to copy");
const workspace = await writeWorkspace(madeUpClinics(count, template));
const cloud = await startLocalCloud({ clinicsDir: join(workspace, "clinics") });
try {
  let nonCompliant = 0;
  [...cloud.fleet.values()].forEach((instanceId, index) => {
    const bad = index % 10 === 0;
    if (bad) nonCompliant += 1;
    const installed = ["bash", "coreutils", "openssh-server"].map((kbId) => ({
      title: kbId,
      kbId,
      state: "Installed" as const,
    }));
    const missing = Array.from({ length: bad ? missingPerInstance : 0 }, (_, i) => ({
      title: `pkg-${i}`,
      kbId: `pkg-${i}`,
      state: "Missing" as const,
      severity: i === 0 ? "Critical" : "Important",
    }));
    cloud.aws.ssm.setPatchState(instanceId, { patches: [...installed, ...missing] });
  });
  cloud.aws.ledger.setLatency({ ms: latencyMs });
  cloud.aws.throttle.configure({ ec2: true, ssm: ssmBucket });
  cloud.aws.ledger.resetCounts();

  const event = githubEvent("schedule", { repository: { owner: cloud.github.owner, repo: cloud.github.repo } });
  const started = performance.now();
  const run = await runAction({
    action: "patch-report",
    inputs: { clinics: "clinics" },
    ...event,
    env: cloud.env,
    workspace,
    timeoutMs: 10 * 60_000,
  });
  const seconds = (performance.now() - started) / 1000;
  const counts = cloud.aws.counts();
  const minimum: Record<string, number> = {
    DescribeInstances: Math.ceil(count / 1000),
    DescribeInstancePatchStates: Math.ceil(count / 50),
    DescribeInstancePatches: nonCompliant,
  };
  const total = (table: Record<string, number>) => Object.values(table).reduce((a, b) => a + b, 0);

  console.log(
    `patch-report: ${count} clinics, ${nonCompliant} non-compliant; ${latencyMs} ms a call; EC2 throttle as published, SSM ${ssmBucket.capacity} + ${ssmBucket.refillPerSecond}/s`,
  );
  console.log(`exit code ${run.exitCode}; outputs ${JSON.stringify(run.outputs)}`);
  console.log("AWS calls by operation (throttled attempts included) / minimum:");
  for (const operation of Object.keys({ ...minimum, ...counts }).sort()) {
    console.log(`  ${operation.padEnd(28)} ${String(counts[operation] ?? 0).padStart(6)} / ${minimum[operation] ?? 0}`);
  }
  console.log(
    `total ${total(counts)} / ${total(minimum)} = ${(total(counts) / total(minimum)).toFixed(3)}x; wall time ${seconds.toFixed(1)} s; load average ${loadavg()[0]?.toFixed(1)}`,
  );
  if (run.exitCode !== 0) console.log(run.log.split("\n").slice(-20).join("\n"));
} finally {
  await cloud.stop();
}
