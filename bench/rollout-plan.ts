// Plans a rollout of N clinics (default 5,000) in three rings with made-up windows, versions and recorded outcomes,
// and prints the planner's wall and CPU time (median of 7 runs after 2 to warm up). The issue asks for under a second.
// Usage: npm run bench:rollout-plan [-- <clinics>]

import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { parse } from "yaml";
import type { FleetInstance } from "../actions/lib/adapters/aws/ec2-inventory.js";
import { tagKeys } from "../actions/lib/core/instance-tags.js";
import type { LoadedClinic } from "../actions/lib/core/registry/load.js";
import { clinicSchema, fleetSchema, rings } from "../actions/lib/core/registry/schema.js";
import { japaneseHolidays } from "../actions/lib/flows/rollout/holidays.js";
import { planRollout } from "../actions/lib/flows/rollout/plan.js";
import { rolloutRecordTags } from "../actions/lib/flows/rollout/records.js";

const count = Number(process.argv[2] ?? 5000);
if (!Number.isInteger(count) || count < 1)
  throw new Error(`clinics must be a positive whole number, not ${process.argv[2]}`);

const fleet = fleetSchema.parse(parse(readFileSync("clinics/fleet.yml", "utf8")));
const template = clinicSchema.parse(parse(readFileSync("clinics/fukuoka-tenjin.yml", "utf8")));
const windows = [
  "Sun 01:00-05:00",
  "daily 22:00-06:00",
  "Mon-Fri 21:00-07:00",
  "Sat 20:00-23:30",
  "Tue 22:30-02:30",
  "daily 23:00-05:00",
];
const ringOf = (i: number) => (i % 100 < 2 ? rings[0] : i % 100 < 20 ? rings[1] : rings[2]);
const now = new Date("2026-11-15T17:00:00Z"); // Monday 02:00 in Tokyo, past the receipt days

const clinics: LoadedClinic[] = [];
const instances: FleetInstance[] = [];
for (let i = 0; i < count; i++) {
  const id = `clinic-${String(i).padStart(5, "0")}`;
  clinics.push({
    file: `clinics/${id}.yml`,
    clinic: {
      ...template,
      id,
      orca: { version: "5.2.1", ring: ringOf(i) },
      maintenanceWindow: windows[i % windows.length] ?? "daily 22:00-06:00",
    },
  });
  // The canary ring is done and baked; a tenth of the early ring went in an earlier wave; the rest is to do.
  const done = ringOf(i) === "canary" || (ringOf(i) === "early" && i % 10 === 0);
  instances.push({
    instanceId: `i-${i.toString(16).padStart(17, "0")}`,
    clinicId: id,
    state: "running",
    tags: {
      [tagKeys.clinic]: id,
      [tagKeys.orcaVersion]: done ? "5.2.1" : "5.2.0",
      ...(done ? rolloutRecordTags({ target: "5.2.1", outcome: "updated", wave: 0, at: "2026-11-14T16:00:00Z" }) : {}),
    },
  });
}
const probes = clinics.map((c) => ({ clinicId: c.clinic.id, healthy: true, at: "2026-11-15T16:00:00Z" }));
const input = {
  clinics,
  instances,
  policy: fleet.rollout,
  clock: { now: () => now },
  holidays: japaneseHolidays(),
  probes,
};

const walls: number[] = [];
const cpus: number[] = [];
let plan = planRollout(input);
for (let run = 0; run < 9; run++) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  plan = planRollout(input);
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  if (run >= 2) {
    walls.push(wall);
    cpus.push((used.user + used.system) / 1000);
  }
}
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
const scheduled = plan.rings.reduce((n, r) => n + (r.now?.clinics.length ?? 0), 0);
const waiting = plan.rings.reduce((n, r) => n + r.waiting.length, 0);
console.log(`rollout plan: ${count} clinics in three rings; load average ${loadavg()[0]?.toFixed(1)}`);
console.log(
  `status ${plan.status}; now ${scheduled}, waiting ${waiting}, rings ${plan.rings.map((r) => `${r.ring}=${r.state}`).join(" ")}`,
);
console.log(
  `wall median ${median(walls).toFixed(1)} ms (min ${Math.min(...walls).toFixed(1)}, max ${Math.max(...walls).toFixed(1)}); CPU median ${median(cpus).toFixed(1)} ms`,
);
