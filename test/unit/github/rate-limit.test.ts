import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rateLimitVerdict, waitOutRateLimits } from "../../../actions/lib/adapters/github/rate-limit.js";
import { silentLog } from "../../../actions/lib/core/ports.js";

const now = new Date("2026-11-30T12:00:00Z");
const nowSeconds = Math.floor(now.getTime() / 1000);

describe("rateLimitVerdict", () => {
  it("waits retry-after seconds on a 403 or 429 that carries it (a secondary rate limit)", () => {
    fc.assert(
      fc.property(fc.constantFrom(403, 429), fc.nat(3600), (status, seconds) => {
        const verdict = rateLimitVerdict(status, { "retry-after": String(seconds) }, now);
        expect(verdict).toEqual({ kind: "wait", seconds, limit: "secondary" });
      }),
    );
  });

  it("waits until the reset when the primary limit is used up", () => {
    const verdict = rateLimitVerdict(
      403,
      { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(nowSeconds + 42) },
      now,
    );
    expect(verdict).toEqual({ kind: "wait", seconds: 42, limit: "primary" });
  });

  it("never retries a 403 without rate-limit headers: a permission error, whatever its text says", () => {
    fc.assert(
      fc.property(fc.option(fc.nat(5000), { nil: undefined }), (remaining) => {
        const headers =
          remaining === undefined || remaining === 0 ? {} : { "x-ratelimit-remaining": String(remaining) };
        expect(rateLimitVerdict(403, headers, now)).toEqual({ kind: "final" });
      }),
    );
  });

  it("leaves every other status to the caller", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 599 }).filter((s) => s !== 403 && s !== 429),
        (status) => rateLimitVerdict(status, { "retry-after": "1" }, now).kind === "final",
      ),
    );
  });
});

describe("waitOutRateLimits", () => {
  const failure = (status: number, headers: Record<string, string>) =>
    Object.assign(new Error("failed"), { status, response: { headers } });

  function attempts(failures: Error[]) {
    let calls = 0;
    const slept: number[] = [];
    const request = async () => {
      const next = failures[calls++];
      if (next !== undefined) throw next;
      return "ok";
    };
    const options = {
      log: silentLog,
      sleep: async (ms: number) => void slept.push(ms),
      now: () => now,
      maxWaits: 3,
      maxWaitSeconds: 900,
    };
    return { request, options, slept, calls: () => calls };
  }

  it("waits out rate limits and then answers", async () => {
    const run = attempts([failure(403, { "retry-after": "2" }), failure(429, { "retry-after": "1" })]);
    await expect(waitOutRateLimits(run.request, "GET /x", run.options)).resolves.toBe("ok");
    expect(run.slept).toEqual([2000, 1000]);
  });

  it("gives a permission 403 to the caller at once", async () => {
    const run = attempts([failure(403, {})]);
    await expect(waitOutRateLimits(run.request, "GET /x", run.options)).rejects.toMatchObject({ status: 403 });
    expect(run.calls()).toBe(1);
    expect(run.slept).toEqual([]);
  });

  it("stops waiting after maxWaits, and never waits longer than maxWaitSeconds", async () => {
    const limited = () => failure(429, { "retry-after": "1" });
    const run = attempts([limited(), limited(), limited(), limited()]);
    await expect(waitOutRateLimits(run.request, "GET /x", run.options)).rejects.toMatchObject({ status: 429 });
    expect(run.calls()).toBe(4);
    const long = attempts([failure(403, { "retry-after": "3600" })]);
    await expect(waitOutRateLimits(long.request, "GET /x", long.options)).rejects.toMatchObject({ status: 403 });
    expect(long.slept).toEqual([]);
  });
});
