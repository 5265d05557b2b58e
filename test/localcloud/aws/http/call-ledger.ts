import { z } from "zod";
import { AwsError } from "../types.js";

export const latencySchema = z.strictObject({
  ms: z.number().int().nonnegative(),
  /** One operation's latency; without it, every operation's. */
  operation: z.string().min(1).optional(),
});

export const failureSchema = z.strictObject({
  operation: z.string().min(1),
  code: z.string().min(1),
  count: z.number().int().positive().default(1),
  status: z.number().int().min(400).max(599).default(400),
  message: z.string().optional(),
});
export type FailureSettings = z.input<typeof failureSchema>;

/** Answers lost after the effect: the call is performed, then answered with an internal error (HTTP 500). */
export const lostAnswerSchema = z.strictObject({
  /** One operation's answers; without it, the next calls' of any operation. */
  operation: z.string().min(1).optional(),
  count: z.number().int().positive().default(1),
});
export type LostAnswerSettings = z.input<typeof lostAnswerSchema>;

export interface Timing {
  calls: number;
  totalMs: number;
  maxMs: number;
  lastMs: number;
}

const anyOperation = "*";

interface PendingFailure {
  code: string;
  status: number;
  message: string;
  remaining: number;
}

/** The calls the endpoint received (per operation), their server time, and what tests asked to slow down or fail. */
export class CallLedger {
  private readonly counted = new Map<string, number>();
  /** Of the calls counted, those the throttle refused (RequestLimitExceeded, ThrottlingException). */
  private readonly refused = new Map<string, number>();
  private readonly timed = new Map<string, Timing>();
  private defaultLatencyMs = 0;
  private readonly latencyByOperation = new Map<string, number>();
  private readonly failures = new Map<string, PendingFailure>();
  /** Answers still to lose, per operation; `*` for any operation. */
  private readonly lostAnswers = new Map<string, number>();

  count(operation: string): void {
    this.counted.set(operation, (this.counted.get(operation) ?? 0) + 1);
  }

  /** A counted call that the throttle refused: nothing was done, the client may try again. */
  countThrottled(operation: string): void {
    this.refused.set(operation, (this.refused.get(operation) ?? 0) + 1);
  }

  time(operation: string, ms: number): void {
    const timing = this.timed.get(operation) ?? { calls: 0, totalMs: 0, maxMs: 0, lastMs: 0 };
    timing.calls += 1;
    timing.totalMs += ms;
    timing.maxMs = Math.max(timing.maxMs, ms);
    timing.lastMs = ms;
    this.timed.set(operation, timing);
  }

  counts(): Record<string, number> {
    return Object.fromEntries(this.counted);
  }

  /** Throttled answers per operation (included in counts()): counts minus these are the calls AWS accepted. */
  throttledCounts(): Record<string, number> {
    return Object.fromEntries(this.refused);
  }

  timings(): Record<string, Timing> {
    return Object.fromEntries([...this.timed].map(([operation, timing]) => [operation, { ...timing }]));
  }

  setLatency(settings: z.input<typeof latencySchema>): void {
    const { ms, operation } = latencySchema.parse(settings);
    if (operation === undefined) this.defaultLatencyMs = ms;
    else this.latencyByOperation.set(operation, ms);
  }

  latencyMs(operation: string): number {
    return this.latencyByOperation.get(operation) ?? this.defaultLatencyMs;
  }

  /** Fails the next `count` calls of an operation with the given AWS error code. */
  failNext(settings: FailureSettings): void {
    const { operation, code, count, status, message } = failureSchema.parse(settings);
    this.failures.set(operation, { code, status, message: message ?? `Injected failure: ${code}`, remaining: count });
  }

  /** Throws the injected failure for this call, if one is pending. */
  failIfAsked(operation: string): void {
    const failure = this.failures.get(operation);
    if (failure === undefined) return;
    failure.remaining -= 1;
    if (failure.remaining <= 0) this.failures.delete(operation);
    throw new AwsError(failure.code, failure.message, failure.status);
  }

  /** Loses the answers of the next `count` calls (of one operation, or of any): they take effect, then fail. */
  loseNextAnswers(settings: LostAnswerSettings): void {
    const { operation, count } = lostAnswerSchema.parse(settings);
    const key = operation ?? anyOperation;
    this.lostAnswers.set(key, (this.lostAnswers.get(key) ?? 0) + count);
  }

  /** Whether this call's answer, its effect already done, is to be lost; the call uses up one planned loss. */
  losesAnswer(operation: string): boolean {
    for (const key of [operation, anyOperation]) {
      const remaining = this.lostAnswers.get(key) ?? 0;
      if (remaining === 0) continue;
      if (remaining === 1) this.lostAnswers.delete(key);
      else this.lostAnswers.set(key, remaining - 1);
      return true;
    }
    return false;
  }

  resetCounts(): void {
    this.counted.clear();
    this.refused.clear();
    this.timed.clear();
  }

  reset(): void {
    this.resetCounts();
    this.defaultLatencyMs = 0;
    this.latencyByOperation.clear();
    this.failures.clear();
    this.lostAnswers.clear();
  }
}
