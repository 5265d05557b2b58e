// Rollouts of 1,000 and 5,000 clinics in three rings (2% canary, 18% early, 80% general), the library flow run
// in-process against the local cloud with 50 ms of latency on every AWS call and throttling on (EC2 as AWS publishes
// it; SSM, which publishes no rates, one bucket of 40 calls refilled 40 a second), the SSM runner's production
// backoff. Prints AWS calls by operation beside the minimum for the waves actually sent, a naive baseline's calls
// (by formula from this run's wave times), the live comment's GitHub writes and the wall time.
// Usage: npm run bench:rollout [-- <clinics> ...]   (default 1000 5000)

import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { createSsmCommands } from "../actions/lib/adapters/aws/ssm-commands.js";
import { systemClock } from "../actions/lib/core/ports.js";
import { applyRollout } from "../actions/lib/flows/rollout/apply.js";
import { createLiveComment } from "../actions/lib/flows/rollout/live-comment.js";
import {
  applyInput,
  clientsFor,
  depsFor,
  launchFleet,
  openPolicy,
  updateInvocations,
} from "../test/contract/rollout-world.js";
import { startAwsServer } from "../test/localcloud/aws/server.js";

const sizes = process.argv.slice(2).map(Number);
for (const n of sizes) if (!Number.isInteger(n) || n < 50) throw new Error(`clinics must be ≥ 50, not ${n}`);
const latencyMs = 50;
const ssmBucket = { capacity: 40, refillPerSecond: 40 };
/** The naive baseline's poll: GetCommandInvocation per instance every 5 s while its command runs. */
const naivePollMs = 5_000;
const issueOps = ["SendCommand", "ListCommandInvocations", "ListCommands", "CreateTags"];

const server = await startAwsServer();
try {
  for (const n of sizes.length > 0 ? sizes : [1000, 5000]) await bench(n);
} finally {
  await server.close();
}

async function bench(n: number): Promise<void> {
  server.ec2.reset();
  server.ssm.reset();
  server.ledger.reset();
  server.ssm.seedToolkitDocuments();
  const canary = Math.round(n * 0.02);
  const early = Math.round(n * 0.18);
  const world = launchFleet(server, { canary, early, general: n - canary - early });
  server.ledger.setLatency({ ms: latencyMs });
  server.throttle.configure({ ec2: true, ssm: ssmBucket });
  server.ledger.resetCounts();

  const clients = clientsFor(server);
  const deps = depsFor(clients);
  // The production backoff (2 s, ×1.5, ≤ 30 s), not the tests' short one.
  const commands = createSsmCommands({ ssm: clients.ssm, clock: systemClock, sleep: deps.sleep });
  let githubWrites = 0;
  const live = createLiveComment(
    async () => {
      githubWrites += 1;
    },
    systemClock,
    () => undefined,
  );
  let steps = 0;
  const started = performance.now();
  const result = await applyRollout(
    { ...deps, commands },
    applyInput(world, {
      policy: openPolicy({ waveSizes: ["10%", "30%", "100%"], errorBudget: "5%" }),
      deadline: new Date(Date.now() + 60 * 60_000),
      onProgress: async (view) => {
        steps += 1;
        // A new body at every step, the worst case for the comment: only the 15 s interval limits the writes.
        await live.show(`${view.plan.status} ${steps}`);
      },
    }),
  );
  await live.flush();
  const wallMs = performance.now() - started;
  const counts = server.counts();

  server.ledger.setLatency({ ms: 0 });
  server.throttle.configure({ ec2: false, ssm: false });
  const byCommand = new Map<string, number>();
  for (const row of await updateInvocations(clients.ssm)) {
    byCommand.set(row.comment, (byCommand.get(row.comment) ?? 0) + 1);
  }
  // Each comment is one wave's identity; a wave of w instances needs ⌈w/50⌉ sends and ⌈w/50⌉ result pages, one
  // ListCommands poll per wave at best (the local cloud ends a command within the first backoff), one tag set per wave.
  const waves = [...byCommand.values()];
  const pages = waves.reduce((sum, w) => sum + Math.ceil(w / 50), 0);
  const minimum: Record<string, number> = {
    SendCommand: pages,
    ListCommandInvocations: pages,
    ListCommands: waves.length,
    CreateTags: waves.length,
  };
  const ours = issueOps.reduce((sum, op) => sum + (counts[op] ?? 0), 0);
  const least = issueOps.reduce((sum, op) => sum + (minimum[op] ?? 0), 0);
  const meanWaveMs = wallMs / Math.max(1, waves.length);
  const naive = n + n * Math.max(1, Math.ceil(meanWaveMs / naivePollMs)) + n;
  const all = Object.values(counts).reduce((a, b) => a + b, 0);

  console.log(
    `\nrollout: ${n} clinics (${canary}/${early}/${n - canary - early}), ${waves.length} waves, status ${result.status}; ${latencyMs} ms a call; EC2 throttle as published, SSM ${ssmBucket.capacity} + ${ssmBucket.refillPerSecond}/s`,
  );
  console.log("AWS calls by operation (throttled attempts included) / minimum:");
  for (const op of Object.keys({ ...minimum, ...counts }).sort()) {
    console.log(`  ${op.padEnd(28)} ${String(counts[op] ?? 0).padStart(6)} / ${minimum[op] ?? "-"}`);
  }
  console.log(`issue's operations: ${ours} / ${least} = ${(ours / least).toFixed(3)}x; all AWS calls ${all}`);
  console.log(
    `naive baseline (formula: ${n} SendCommand + GetCommandInvocation per instance every 5 s over the mean wave time ${(meanWaveMs / 1000).toFixed(1)} s + ${n} CreateTags): ${naive} calls = ${(naive / all).toFixed(1)}x ours (all calls)`,
  );
  console.log(
    `GitHub comment writes ${githubWrites} (≤ 1 per 15 s + 1); wall time ${(wallMs / 1000).toFixed(1)} s; load average ${loadavg()[0]?.toFixed(1)}`,
  );
  clients.ec2.destroy();
  clients.ssm.destroy();
}
