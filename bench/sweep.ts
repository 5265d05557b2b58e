// Sweeps 1,000 and 5,000 clinics (or the sizes given) through the bundled liveness-sweep action against the local
// cloud, 50 ms added to every AWS call and throttling on (EC2 as AWS publishes it; SSM one bucket of 40 calls
// refilled 40 a second). For each size: two sweeps record the fleet, then a sweep where nothing changed and one
// where 20 clinics go down. Prints the AWS calls beside the minimum the API limits allow and beside a naive poller
// (one SendCommand and one GetCommandInvocation per instance), the GitHub calls, and the wall time.
// Usage: npm run bench:sweep [-- <clinics> ...]

import { loadavg } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { exampleClinics, madeUpClinics, writeWorkspace } from "../test/e2e/provision-world.js";
import { type LocalCloud, startLocalCloud } from "../test/localcloud/index.js";
import { ensureBundle } from "../test/localcloud/runner/bundle.js";
import { githubEvent } from "../test/localcloud/runner/events.js";
import { runAction } from "../test/localcloud/runner/run-action.js";

const sizes = process.argv.slice(2).map(Number);
const fleetSizes = sizes.length > 0 ? sizes : [1000, 5000];
if (fleetSizes.some((n) => !Number.isInteger(n) || n < 50)) throw new Error("clinics: whole numbers of at least 50");

const latencyMs = 50;
const ssmBucket = { capacity: 40, refillPerSecond: 40 };
const changing = 20;

await ensureBundle();
const [template] = await exampleClinics();
if (template === undefined) throw new Error("clinics/ holds no example clinic to copy");

const total = (table: Record<string, number>) => Object.values(table).reduce((a, b) => a + b, 0);
const rows: string[] = [];

async function sweep(cloud: LocalCloud, workspace: string, id: string) {
  const event = githubEvent("schedule", { repository: { owner: cloud.github.owner, repo: cloud.github.repo } });
  cloud.aws.ledger.resetCounts();
  cloud.github.requests.length = 0;
  const started = performance.now();
  const run = await runAction({
    action: "liveness-sweep",
    inputs: { clinics: "clinics", "sweep-id": id, "wait-seconds": "300" },
    ...event,
    env: cloud.env,
    workspace,
    timeoutMs: 10 * 60_000,
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.exitCode !== 0) throw new Error(`sweep ${id} failed:\n${run.log.split("\n").slice(-20).join("\n")}`);
  return { run, seconds, aws: cloud.aws.counts(), github: [...cloud.github.requests] };
}

for (const count of fleetSizes) {
  const workspace = await writeWorkspace(madeUpClinics(count, template));
  const cloud = await startLocalCloud({ clinicsDir: join(workspace, "clinics") });
  try {
    cloud.aws.ssm.seedToolkitDocuments();
    cloud.aws.ledger.setLatency({ ms: latencyMs });
    cloud.aws.throttle.configure({ ec2: true, ssm: ssmBucket });
    // Two sweeps record the fleet and count its successes up to successesBeforeClose, where they stay.
    await sweep(cloud, workspace, `bench-${count}-first`);
    await sweep(cloud, workspace, `bench-${count}-second`);
    for (const down of [0, changing]) {
      const ids = [...cloud.fleet.values()];
      for (const instanceId of ids.slice(0, down))
        cloud.aws.ssm.setOrca(instanceId, { health: "down", restartHeals: false });
      const { run, seconds, aws, github } = await sweep(cloud, workspace, `bench-${count}-${down}`);
      const commands = Math.ceil(count / 50);
      // The fewest calls the API limits allow for the same work: describe pages, sends of 50, one ListCommands
      // lookup and one poll (pages of 50 commands), one page of invocations per command, and CreateTags calls for
      // the tag sets that changed (the changed clinics share one set here); GetCommandInvocation for each failure.
      const minimum: Record<string, number> = {
        DescribeInstances: Math.ceil(count / 1000),
        SendCommand: commands,
        ListCommands: 1 + Math.ceil(commands / 50),
        ListCommandInvocations: commands,
        GetCommandInvocation: down,
        CreateTags: down === 0 ? 0 : 2,
      };
      const naive = Math.ceil(count / 1000) + 2 * count;
      const writes = github.filter((r) => r.method !== "GET").length;
      console.log(`\n${count} clinics, ${down} changing: exit ${run.exitCode}, outputs ${JSON.stringify(run.outputs)}`);
      for (const op of Object.keys({ ...minimum, ...aws }).sort())
        console.log(`  ${op.padEnd(28)} ${String(aws[op] ?? 0).padStart(6)} / ${minimum[op] ?? 0}`);
      const ratio = total(aws) / total(minimum);
      console.log(
        `  AWS ${total(aws)} / minimum ${total(minimum)} = ${ratio.toFixed(3)}x; naive poller ${naive} (${(naive / total(aws)).toFixed(0)}x more); GitHub ${github.length} calls (${writes} writes); ${seconds.toFixed(1)} s; load ${loadavg()[0]?.toFixed(1)}`,
      );
      rows.push(
        `| ${count.toLocaleString("en")} | ${down} | ${total(aws)} | ${total(minimum)} | ${ratio.toFixed(3)}× | ${naive.toLocaleString("en")} | ${github.length} (${writes} writes) | ${seconds.toFixed(1)} s |`,
      );
    }
  } finally {
    await cloud.stop();
  }
}
console.log("\n| clinics | changing | AWS calls | minimum | ratio | naive poller | GitHub calls | wall |");
console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const row of rows) console.log(row);
