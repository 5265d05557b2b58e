import { configDefaults, defineConfig } from "vitest/config";

/** The end-to-end files: they run the committed bundle (actions/dist) as GitHub's runner does. */
const endToEnd = ["test/e2e/**/*.test.ts"];

export default defineConfig({
  test: {
    // End-to-end tests start servers and child processes; the machine has two cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each file runs in its own process and starts its own local cloud on port 0 (moto too), so files share no
    // state and run side by side. Most of an end-to-end file's time is spent waiting on the action processes,
    // moto and the AWS CLI it starts, so three files at once keep two cores busy where vitest's default (cores - 1)
    // would run one file at a time. `npx vitest run --maxWorkers=1` runs them one by one.
    pool: "forks",
    maxWorkers: 3,
    // Records each file's CPU seconds when ORCA_TEST_CPU_LOG is set (.ci/run sets it for its slowest-files report).
    setupFiles: ["test/suite/file-cpu.ts"],
    projects: [
      {
        extends: true,
        // vitest runs a project's globalSetup only when some of its files run: the bundle is built once, before
        // the first end-to-end file, and never for a run of unit tests alone.
        test: { name: "e2e", include: endToEnd, globalSetup: ["test/localcloud/runner/global-setup.ts"] },
      },
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          // A worker runs its unit files one after another in one module graph instead of a fresh one per file:
          // most of a unit file's CPU was vitest loading and transforming the same modules again (docs/benchmarks.md).
          // A unit file builds its own fakes, servers and folders, and restores what it stubs (SDK clients, env).
          isolate: false,
        },
      },
      {
        extends: true,
        // The contract and browser files start local clouds, moto, chromium and long fault loops: each keeps a
        // process of its own, so no server or timer a file leaves behind can slow or disturb the next.
        test: {
          name: "contract",
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...endToEnd, "test/unit/**"],
        },
      },
    ],
  },
});
