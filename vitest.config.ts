import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The bundle the end-to-end files run is built once, before any file starts (when it is stale).
    globalSetup: ["test/localcloud/runner/global-setup.ts"],
    // End-to-end tests start servers and child processes; the machine has two cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each file runs in its own process and starts its own local cloud on port 0 (moto too), so files share no
    // state and run side by side. Most of an end-to-end file's time is spent waiting on the action processes,
    // moto and the AWS CLI it starts, so three files at once keep two cores busy where vitest's default (cores - 1)
    // would run one file at a time. `npx vitest run --maxWorkers=1` runs them one by one.
    pool: "forks",
    maxWorkers: 3,
  },
});
