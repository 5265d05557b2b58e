import { ensureBundle } from "./bundle.js";

/**
 * vitest's globalSetup: builds actions/dist once, before any test file runs, when it is missing or older than its
 * sources. The end-to-end files then run the bundle in parallel without coordinating among themselves.
 */
export default async function setup(): Promise<void> {
  const started = performance.now();
  if ((await ensureBundle()) === "built") {
    console.log(`built actions/dist for the tests in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}
