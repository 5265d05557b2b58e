import { describe, expect, it } from "vitest";
import { parseUpdateIdentity, updateIdentity } from "../../../actions/lib/flows/rollout/identity.js";
import {
  type CommentFailure,
  createLiveComment,
  editIntervalMs,
} from "../../../actions/lib/flows/rollout/live-comment.js";
import { planRollout } from "../../../actions/lib/flows/rollout/plan.js";
import { commentLimit, renderPlanComment } from "../../../actions/lib/flows/rollout/plan-comment.js";
import { inFlightUpdates } from "../../../actions/lib/flows/rollout/state.js";
import { clinic, instanceOf, noHolidays, policy, tokyo } from "./fixtures.js";

describe("rollout apply parts", () => {
  it("edits the live comment at most once per interval, never with the same body, and writes the last body on flush", async () => {
    let now = 0;
    const writes: string[] = [];
    const live = createLiveComment(
      async (b) => void writes.push(b),
      { now: () => new Date(now) },
      () => {},
    );
    await live.show("a");
    await live.show("a");
    now += editIntervalMs - 1;
    await live.show("b");
    expect(writes).toEqual(["a"]);
    now += 1;
    await live.show("c");
    await live.flush();
    expect(writes).toEqual(["a", "c"]);
  });

  it("keeps the body for the next edit when GitHub fails one", async () => {
    let fail = true;
    const writes: string[] = [];
    const failures: CommentFailure[] = [];
    const live = createLiveComment(
      async (b) => {
        if (fail) throw Object.assign(new Error("Bad Gateway"), { status: 502 });
        writes.push(b);
      },
      { now: () => new Date(0) },
      (f) => failures.push(f),
    );
    await live.show("x");
    expect(live.current()).toBe(false);
    fail = false;
    await live.flush();
    expect(writes).toEqual(["x"]);
    expect(live.current()).toBe(true);
    expect(failures).toEqual([{ status: 502, message: "Bad Gateway", final: false }]);
  });

  it("writes no more after a refusal that waiting cannot fix (a 403 the client did not wait out)", async () => {
    let now = 0;
    let calls = 0;
    const failures: CommentFailure[] = [];
    const live = createLiveComment(
      async () => {
        calls++;
        throw Object.assign(new Error("Resource not accessible by integration"), { status: 403 });
      },
      { now: () => new Date(now) },
      (f) => failures.push(f),
    );
    await live.show("x");
    now += editIntervalMs;
    await live.show("y");
    await live.flush();
    expect(calls).toBe(1);
    expect(failures.map((f) => f.final)).toEqual([true]);
    expect(live.current()).toBe(false);
  });

  it("tries again at the next edit after a 429 that outlasted the client's wait: the limit lifts later", async () => {
    let now = 0;
    let limited = true;
    const writes: string[] = [];
    const failures: CommentFailure[] = [];
    const live = createLiveComment(
      async (b) => {
        if (limited) throw Object.assign(new Error("Too Many Requests"), { status: 429 });
        writes.push(b);
      },
      { now: () => new Date(now) },
      (f) => failures.push(f),
    );
    await live.show("x");
    limited = false;
    now += editIntervalMs;
    await live.show("y");
    expect(writes).toEqual(["y"]);
    expect(failures).toEqual([{ status: 429, message: "Too Many Requests", final: false }]);
    expect(live.current()).toBe(true);
  });

  it("reads its own identity back and ignores other comments", () => {
    const id = updateIdentity({ target: "5.2.1", ring: "early", wave: 2 });
    expect(parseUpdateIdentity(id, ["canary", "early"])).toEqual({ target: "5.2.1", ring: "early", wave: 2 });
    expect(parseUpdateIdentity("orca-fleet demo: x", ["early"])).toBeUndefined();
    expect(parseUpdateIdentity(id, ["canary"])).toBeUndefined();
  });

  it("counts an instance in flight until a record of its target from that wave is on it", () => {
    const c = clinic("kita-naika", { ring: "early" });
    const bare = instanceOf(c);
    const command = {
      commandId: "c1",
      document: "orca-update",
      comment: updateIdentity({ target: "5.2.1", ring: "early", wave: 1 }),
      instanceIds: [bare.instanceId],
      status: "Success",
      requestedAt: "",
      targetCount: 1,
      completedCount: 1,
      errorCount: 0,
      deliveryTimedOutCount: 0,
    };
    expect(inFlightUpdates([command], [bare], ["early"])).toEqual([
      { clinicId: "kita-naika", target: "5.2.1", wave: 1 },
    ]);
    const recorded = instanceOf(c, {
      record: { target: "5.2.1", outcome: "failed", wave: 1, at: "2026-12-15T03:00:00Z" },
    });
    expect(inFlightUpdates([command], [recorded], ["early"])).toEqual([]);
    const older = instanceOf(c, {
      record: { target: "5.2.1", outcome: "failed", wave: 0, at: "2026-12-15T03:00:00Z" },
    });
    expect(inFlightUpdates([command], [older], ["early"])).toHaveLength(1);
  });

  it("keeps the plan comment under GitHub's limit for 5,000 clinics", () => {
    const clinics = Array.from({ length: 5000 }, (_, n) =>
      clinic(`clinic-${String(n).padStart(4, "0")}`, {
        ring: n % 3 === 0 ? "canary" : n % 3 === 1 ? "early" : "general",
      }),
    );
    const plan = planRollout({
      clinics,
      instances: clinics.map((c) => instanceOf(c)),
      policy: policy(),
      clock: tokyo("2026-12-15T23:00:00"),
      holidays: noHolidays,
    });
    const body = renderPlanComment(plan, "ja");
    expect(body.length).toBeLessThanOrEqual(commentLimit);
    expect(body).toContain("orca-fleet:reviewed-plan kind=rollout");
  });
});
