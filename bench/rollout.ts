// Rollouts of 1,000 and 5,000 clinics in three rings (2% canary, 18% early, 80% general), the library flow run
// in-process against the local cloud with 50 ms of latency on every AWS call and throttling on (EC2 as AWS publishes
// it; SSM, which publishes no rates, one bucket of 40 calls refilled 40 a second), each simulated orca-update running
// 60 s, the SSM runner's production backoff. Prints AWS calls by operation, accepted and throttled apart, beside the
// minimum for the waves and probes actually sent; a naive poller's calls priced over the same update time; the live
// comment's GitHub writes and the wall time.
// Usage: npm run bench:rollout [-- [--update-seconds=60] <clinics> ...]   (default 1000 5000)

import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { type Backoff, createSsmCommands, defaultBackoff } from "../actions/lib/adapters/aws/ssm-commands.js";
import { systemClock } from "../actions/lib/core/ports.js";
import { applyRollout } from "../actions/lib/flows/rollout/apply.js";
import { createLiveComment } from "../actions/lib/flows/rollout/live-comment.js";
import { applyInput, clientsFor, depsFor, launchFleet, openPolicy } from "../test/contract/rollout-world.js";
import { startAwsServer } from "../test/localcloud/aws/server.js";

const updateFlag = "--update-seconds=";
const args = process.argv.slice(2);
const sizes = args.filter((a) => !a.startsWith(updateFlag)).map(Number);
for (const n of sizes) if (!Number.isInteger(n) || n < 50) throw new Error(`clinics must be ≥ 50, not ${n}`);
const updateSeconds = Number(args.find((a) => a.startsWith(updateFlag))?.slice(updateFlag.length) ?? 60);
if (!Number.isInteger(updateSeconds) || updateSeconds < 0 || updateSeconds > 110) {
  throw new Error(`${updateFlag} takes whole seconds from 0 to 110 (under the 2-minute timeout), not ${updateSeconds}`);
}
const latencyMs = 50;
const ssmBucket = { capacity: 40, refillPerSecond: 40 };
/** How long each simulated orca-update runs: shorter than a real one (minutes), so the naive figure is a floor. */
const updateMs = updateSeconds * 1000;
/** The naive baseline's poll: GetCommandInvocation per instance every 5 s while its command runs. */
const naivePollMs = 5_000;
/** SendCommand ids and ListCommandInvocations rows per call; CreateTags resources per call. */
const perCall = 50;
const tagsPerCall = 1_000;
const issueOps = ["SendCommand", "ListCommandInvocations", "ListCommands", "CreateTags"];

/** ListCommands polls a wait needs to see a command of `ms` end when it backs off as the runner does. */
function pollsToSee(ms: number, backoff: Backoff): number {
  let polls = 0;
  let waited = 0;
  let delay = backoff.firstMs;
  while (waited <= ms) {
    waited += delay;
    polls += 1;
    delay = Math.min(backoff.maxMs, delay * backoff.factor);
  }
  return Math.max(1, polls);
}

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
  server.ssm.configure({ updateDurationMs: updateMs });
  const canary = Math.round(n * 0.02);
  const early = Math.round(n * 0.18);
  const world = launchFleet(server, { canary, early, general: n - canary - early });
  server.ledger.setLatency({ ms: latencyMs });
  server.throttle.configure({ ec2: true, ssm: ssmBucket });
  server.ledger.resetCounts();

  const clients = clientsFor(server);
  const deps = depsFor(clients);
  // The production backoff, not the tests' short one.
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
      // updateMinutes is the commands' timeout and the window margin: it must exceed the simulated run time.
      policy: openPolicy({ waveSizes: ["10%", "30%", "100%"], errorBudget: "5%", updateMinutes: 2 }),
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
  const throttled = server.throttled();

  server.ledger.setLatency({ ms: 0 });
  server.throttle.configure({ ec2: false, ssm: false });
  // Instances per identity: each update identity is one wave, each healthcheck identity one ring's end-of-bake probe.
  const targets = async (document: string) => {
    const byIdentity = new Map<string, number>();
    for (const c of await commands.list(document, new Date(0))) {
      byIdentity.set(c.comment, (byIdentity.get(c.comment) ?? 0) + c.targetCount);
    }
    return [...byIdentity.values()];
  };
  const waves = await targets("orca-update");
  const probes = await targets("orca-healthcheck");
  const calls = (groups: number[], per: number) => groups.reduce((sum, w) => sum + Math.ceil(w / per), 0);
  const updatePolls = pollsToSee(updateMs, defaultBackoff);
  // The wave's sends and result pages, the probes' too; one look-up of earlier commands per document and probe (the
  // identity check that keeps SendCommand exactly once) plus the polls the backoff needs to see each command end (a
  // healthcheck ends before the first); one CreateTags per distinct tag set (one per wave here) and 1,000 instances.
  const minimum: Record<string, number> = {
    SendCommand: calls(waves, perCall) + calls(probes, perCall),
    ListCommandInvocations: calls(waves, perCall) + calls(probes, perCall),
    ListCommands: 1 + waves.length * updatePolls + probes.length * 2,
    CreateTags: calls(waves, tagsPerCall),
  };
  const accepted = (op: string) => (counts[op] ?? 0) - (throttled[op] ?? 0);
  const ours = issueOps.reduce((sum, op) => sum + (counts[op] ?? 0), 0);
  const least = issueOps.reduce((sum, op) => sum + (minimum[op] ?? 0), 0);
  const all = Object.values(counts).reduce((a, b) => a + b, 0);
  // The naive poller over the same update time: per instance one SendCommand, GetCommandInvocation every 5 s until it
  // ends, one CreateTags; per probed instance one SendCommand and one GetCommandInvocation.
  const updated = waves.reduce((a, b) => a + b, 0);
  const probed = probes.reduce((a, b) => a + b, 0);
  const naive = updated * (2 + Math.ceil(updateMs / naivePollMs)) + probed * 2;

  console.log(
    `\nrollout: ${n} clinics (${canary}/${early}/${n - canary - early}), ${waves.length} waves, ${probes.length} probes, status ${result.status}; ${latencyMs} ms a call; EC2 throttle as published, SSM ${ssmBucket.capacity} + ${ssmBucket.refillPerSecond}/s; orca-update runs ${updateMs / 1000} s`,
  );
  console.log("AWS calls by operation: received = accepted + throttled / minimum");
  for (const op of Object.keys({ ...minimum, ...counts }).sort()) {
    console.log(
      `  ${op.padEnd(24)} ${String(counts[op] ?? 0).padStart(5)} = ${String(accepted(op)).padStart(5)} + ${String(throttled[op] ?? 0).padStart(3)} / ${minimum[op] ?? "-"}`,
    );
  }
  console.log(
    `issue's operations: ${ours} / ${least} = ${(ours / least).toFixed(3)}x the minimum (${updatePolls} polls per wave to see ${updateMs / 1000} s end); all AWS calls ${all}`,
  );
  console.log(
    `naive baseline (${updated} updates × (SendCommand + ${Math.ceil(updateMs / naivePollMs)} GetCommandInvocation + CreateTags) + ${probed} probes × 2): ${naive} calls = ${(naive / all).toFixed(1)}x ours (all calls)`,
  );
  console.log(
    `GitHub comment writes ${githubWrites} over ${steps} steps (≤ 1 per 15 s + 1 = ${Math.floor(wallMs / 15_000) + 1}); wall time ${(wallMs / 1000).toFixed(1)} s; load average ${loadavg()[0]?.toFixed(1)}`,
  );
  clients.ec2.destroy();
  clients.ssm.destroy();
}
