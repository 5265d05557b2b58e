// Builds the status site locally: `npm run status-site -- --out DIR [--history DIR] [--clinics DIR]`.
// --history is a checkout of the history branch (git worktree add ../fleet-status fleet-status); without it the
// site is built from a generated fleet (--generate N clinics, default 5,000, --seed S), said so on the terminal.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { systemClock } from "../actions/lib/core/ports.js";
import { buildStatusSite } from "../actions/lib/flows/status-site/build-status-site.js";
import { readHistoryFolder } from "../actions/lib/flows/status-site/history-folder.js";
import { generateFleet, writeGeneratedFleet } from "../test/fleet-history/generate.js";

const { values } = parseArgs({
  options: {
    out: { type: "string" },
    history: { type: "string" },
    clinics: { type: "string", default: "clinics" },
    "repo-url": { type: "string" },
    generate: { type: "string", default: "5000" },
    seed: { type: "string", default: "1" },
  },
});
if (values.out === undefined) throw new Error("--out DIR is required: the folder the site is written to");
const out = resolve(values.out);
let clinics = values.clinics;
let history = values.history;
let scratch: string | undefined;
if (history === undefined) {
  const count = Number(values.generate);
  const seed = Number(values.seed);
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`--generate must be a whole number, not ${values.generate}`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not ${values.seed}`);
  scratch = await mkdtemp(join(tmpdir(), "orca-fleet-site-"));
  const written = await writeGeneratedFleet(generateFleet({ clinics: count, seed, now: systemClock.now() }), scratch);
  ({ clinics, history } = written);
  console.log(`no --history: built from a generated fleet of ${count} clinics (seed ${seed})`);
}
try {
  await rm(out, { recursive: true, force: true });
  const historyDir = history;
  const report = await buildStatusSite(
    {
      readHistory: () => readHistoryFolder(historyDir),
      writeFile: async (path, text) => {
        await mkdir(dirname(join(out, path)), { recursive: true });
        await writeFile(join(out, path), text);
      },
      clock: systemClock,
      log: { info: console.log, warning: console.warn, error: console.error, startGroup: () => {}, endGroup: () => {} },
    },
    { clinics, ...(values["repo-url"] === undefined ? {} : { repoUrl: values["repo-url"] }) },
  );
  console.log(`site written to ${out}/index.html (${report.outputs.clinics} clinics); open it in a browser`);
} finally {
  if (scratch !== undefined) await rm(scratch, { recursive: true, force: true });
}
