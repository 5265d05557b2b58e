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

export interface Timing {
  calls: number;
  totalMs: number;
  maxMs: number;
  lastMs: number;
}

interface PendingFailure {
  code: string;
  status: number;
  message: string;
  remaining: number;
}

/** The calls the endpoint received (per operation), their server time, and what tests asked to slow down or fail. */
export class CallLedger {
  private readonly counted = new Map<string, number>();
  private readonly timed = new Map<string, Timing>();
  private defaultLatencyMs = 0;
  private readonly latencyByOperation = new Map<string, number>();
  private readonly failures = new Map<string, PendingFailure>();

  count(operation: string): void {
    this.counted.set(operation, (this.counted.get(operation) ?? 0) + 1);
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

  resetCounts(): void {
    this.counted.clear();
    this.timed.clear();
  }

  reset(): void {
    this.resetCounts();
    this.defaultLatencyMs = 0;
    this.latencyByOperation.clear();
    this.failures.clear();
  }
}
