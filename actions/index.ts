/**
 * The one bundle behind every action and the CLI. Each action's committed entry (actions/dist/<name>.js) calls
 * runAction with its own name; bin/orca-fleet.js calls cli.
 */
import { run as bakeAmi } from "./bake-ami/main.js";
import { run as intake } from "./intake/main.js";
import { run as livenessSweep } from "./liveness-sweep/main.js";
import { run as patchReport } from "./patch-report/main.js";
import { run as provision } from "./provision/main.js";
import { run as rollout } from "./rollout/main.js";
import { run as statusSite } from "./status-site/main.js";
import { run as syncDocuments } from "./sync-documents/main.js";
import { run as validate } from "./validate/main.js";

export { cli } from "./cli/main.js";

const actions: Record<string, () => Promise<void>> = {
  "bake-ami": bakeAmi,
  intake,
  "liveness-sweep": livenessSweep,
  "patch-report": patchReport,
  provision,
  rollout,
  "sync-documents": syncDocuments,
  "status-site": statusSite,
  validate,
};

export async function runAction(name: string): Promise<void> {
  const action = actions[name];
  if (!action) throw new Error(`unknown action "${name}"; known: ${Object.keys(actions).join(", ")}`);
  await action();
}
