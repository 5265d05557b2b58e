/**
 * The one bundle behind every action and the CLI. Each action's committed entry (actions/dist/<name>.js) calls
 * runAction with its own name; bin/orca-fleet.js calls cli. Each action and the CLI are imported only when asked
 * for, so ncc emits them as chunks and an action compiles only its own code: intake and validate never load the
 * AWS SDK or the x509 code that provision and the CLI need.
 */

type Main = { run: () => Promise<void> };

const actions: Record<string, () => Promise<Main>> = {
  "bake-ami": () => import("./bake-ami/main.js"),
  intake: () => import("./intake/main.js"),
  "liveness-sweep": () => import("./liveness-sweep/main.js"),
  "patch-report": () => import("./patch-report/main.js"),
  provision: () => import("./provision/main.js"),
  rollout: () => import("./rollout/main.js"),
  "sync-documents": () => import("./sync-documents/main.js"),
  "status-site": () => import("./status-site/main.js"),
  validate: () => import("./validate/main.js"),
};

/** Loads an action's code without running it; bench/action-load.ts measures what that costs each action. */
export function loadAction(name: string): Promise<Main> {
  const load = actions[name];
  if (!load) throw new Error(`unknown action "${name}"; known: ${Object.keys(actions).join(", ")}`);
  return load();
}

export async function runAction(name: string): Promise<void> {
  await (await loadAction(name)).run();
}

/** The `orca-fleet` command line (actions/cli/main.ts), loaded on first call. */
export async function cli(...args: Parameters<typeof import("./cli/main.js").cli>): Promise<number> {
  return (await import("./cli/main.js")).cli(...args);
}
