import { z } from "zod";
import { type CallLedger, failureSchema, latencySchema, lostAnswerSchema } from "./http/call-ledger.js";
import { type Throttle, throttleSettingsSchema } from "./throttle/limiter.js";
import { type AdminRequest, AwsError, type ServiceModule } from "./types.js";

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

/**
 * The admin interface under /_localcloud/ (JSON in, JSON out): call counts and server times, latency, throttling,
 * injected failures and reset here; everything else is routed to the services.
 */
export async function answerAdmin(parts: AdminParts, request: AdminRequest): Promise<AdminAnswer> {
  const { ledger, throttle } = parts;
  const route = `${request.method} ${request.segments.join("/")}`;
  try {
    switch (route) {
      case "GET counts":
        return ok({ counts: ledger.counts() });
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
    return { status: 404, body: { error: `No admin route ${route}` } };
  } catch (error) {
    if (error instanceof z.ZodError) return { status: 400, body: { error: z.prettifyError(error) } };
    if (error instanceof AwsError) return { status: error.status, body: { error: error.code, message: error.message } };
    throw error;
  }
}

function ok(body: unknown): AdminAnswer {
  return { status: 200, body };
}
