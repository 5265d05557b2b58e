import { z } from "zod";
import { type CallLedger, failureSchema, latencySchema, lostAnswerSchema } from "./http/call-ledger.js";
import { type Throttle, throttleSettingsSchema } from "./throttle/limiter.js";
import { type AdminRequest, type AdminRouteDoc, AwsError, type ServiceModule } from "./types.js";

export interface AdminAnswer {
  status: number;
  body: unknown;
}

export interface AdminParts {
  ledger: CallLedger;
  throttle: Throttle;
  /** Services asked, in order, for the routes that are theirs (EC2's under ec2/, the SSM side's instance steering). */
  services: readonly ServiceModule[];
  resetAll(): void;
}

/** The routes answered here; the services list their own. */
const coreRoutes: readonly AdminRouteDoc[] = [
  { method: "GET", path: "", does: "lists these routes" },
  {
    method: "GET",
    path: "counts",
    does: "calls received per operation, throttled and failed ones included; throttled: those the throttle refused",
  },
  { method: "DELETE", path: "counts", does: "zeroes the counts and timings" },
  { method: "GET", path: "timings", does: "server time per operation in ms" },
  { method: "PUT", path: "latency", does: "latency before every call, or one operation's: { ms, operation? }" },
  { method: "GET", path: "throttle", does: "the throttling settings" },
  { method: "PUT", path: "throttle", does: "EC2's token buckets and the SSM bucket: { ec2?, ssm? }" },
  {
    method: "POST",
    path: "failures",
    does: "fails the next calls of an operation: { operation, code, count?, status? }",
  },
  {
    method: "POST",
    path: "lost-answers",
    does: "performs the next calls (of one operation, or any), then answers 500: { operation?, count? }",
  },
  {
    method: "POST",
    path: "reset",
    does: "counts, latency, throttling, failures and both services' state back to the start",
  },
];

/**
 * The admin interface under /_localcloud/ (JSON in, JSON out): call counts and server times, latency, throttling,
 * injected failures and reset here; everything else is routed to the services.
 */
export async function answerAdmin(parts: AdminParts, request: AdminRequest): Promise<AdminAnswer> {
  const { ledger, throttle } = parts;
  const route = `${request.method} ${request.segments.join("/")}`;
  try {
    switch (route) {
      case "GET ":
        return ok({ routes: [...coreRoutes, ...parts.services.flatMap((s) => s.adminRoutes ?? [])].map(listed) });
      case "GET counts":
        return ok({ counts: ledger.counts(), throttled: ledger.throttledCounts() });
      case "DELETE counts":
        ledger.resetCounts();
        return ok({ ok: true });
      case "GET timings":
        return ok({ timings: ledger.timings() });
      case "PUT latency":
        ledger.setLatency(latencySchema.parse(request.body));
        return ok({ ok: true });
      case "GET throttle":
        return ok(throttle.describe());
      case "PUT throttle":
        throttle.configure(throttleSettingsSchema.parse(request.body));
        return ok(throttle.describe());
      case "POST failures":
        ledger.failNext(failureSchema.parse(request.body));
        return ok({ ok: true });
      case "POST lost-answers":
        ledger.loseNextAnswers(lostAnswerSchema.parse(request.body ?? {}));
        return ok({ ok: true });
      case "POST reset":
        parts.resetAll();
        return ok({ ok: true });
    }
    for (const service of parts.services) {
      const answer = await service.admin?.(request);
      if (answer !== undefined) return ok(answer);
    }
    return { status: 404, body: { error: `No admin route ${route}; GET /_localcloud/ lists them` } };
  } catch (error) {
    if (error instanceof z.ZodError) return { status: 400, body: { error: z.prettifyError(error) } };
    if (error instanceof AwsError) return { status: error.status, body: { error: error.code, message: error.message } };
    throw error;
  }
}

function listed(route: AdminRouteDoc): AdminRouteDoc {
  return { ...route, path: `/_localcloud/${route.path}` };
}

function ok(body: unknown): AdminAnswer {
  return { status: 200, body };
}
