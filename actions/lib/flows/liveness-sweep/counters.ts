import { tagKeys } from "../../core/instance-tags.js";

/**
 * What the sweep keeps on each instance between runs, as tags: state lives where it is true, and a sweep killed
 * half-way leaves each instance with either its old counters or its new ones, never half of both.
 */
export interface HealthCounters {
  /** Failing sweeps in a row. */
  failures: number;
  /** Healthy (not failing) sweeps in a row, counted up to what closing an incident needs. */
  successes: number;
  /** Restarts since the failing streak began that did not heal it. */
  restarts: number;
  /** The last sweeps' outcomes, oldest first: "1" failing, "0" not. */
  recent: string;
  /** When the failing streak began (ISO); "" when not failing. */
  since: string;
  /** Restart times of the last hour (ISO minutes, space-separated), for the hourly cap. */
  restartedAt: string[];
  /** The sweep that last changed these counters. */
  sweep: string;
}

export const noCounters: HealthCounters = {
  failures: 0,
  successes: 0,
  restarts: 0,
  recent: "",
  since: "",
  restartedAt: [],
  sweep: "",
};

const whole = (text: string | undefined): number =>
  text !== undefined && /^[0-9]{1,6}$/.test(text) ? Number(text) : 0;

/** The counters an instance's tags hold; a tag that is missing or not what the sweep writes counts as nothing. */
export function readCounters(tags: Readonly<Record<string, string>>): HealthCounters {
  const recent = tags[tagKeys.healthRecent] ?? "";
  const since = tags[tagKeys.healthSince] ?? "";
  return {
    failures: whole(tags[tagKeys.healthFailures]),
    successes: whole(tags[tagKeys.healthSuccesses]),
    restarts: whole(tags[tagKeys.healthRestarts]),
    recent: /^[01]{0,20}$/.test(recent) ? recent : "",
    since: Number.isNaN(Date.parse(since)) ? "" : since,
    restartedAt: (tags[tagKeys.healthRestartedAt] ?? "").split(" ").filter((t) => !Number.isNaN(Date.parse(t))),
    sweep: tags[tagKeys.healthSweep] ?? "",
  };
}

/** The tags that hold the counters (values ≤ 256 characters, as EC2 allows). */
export function counterTags(c: HealthCounters): Record<string, string> {
  return {
    [tagKeys.healthFailures]: String(c.failures),
    [tagKeys.healthSuccesses]: String(c.successes),
    [tagKeys.healthRestarts]: String(c.restarts),
    [tagKeys.healthRecent]: c.recent,
    [tagKeys.healthSince]: c.since,
    [tagKeys.healthRestartedAt]: c.restartedAt.join(" "),
    [tagKeys.healthSweep]: c.sweep,
  };
}

/** Whether two counter sets would write the same tags, the sweep that wrote them aside. */
export function sameCounts(a: HealthCounters, b: HealthCounters): boolean {
  const { sweep: _a, ...x } = a;
  const { sweep: _b, ...y } = b;
  return JSON.stringify(x) === JSON.stringify(y);
}

/** Failing sweeps in the window, and whether they came in more than one run (a clinic that failed, recovered, failed). */
export function flaps(recent: string, failures: number): boolean {
  const failing = [...recent].filter((c) => c === "1").length;
  const runs = recent.split(/0+/).filter((run) => run.length > 0).length;
  return failing >= failures && runs >= 2;
}
