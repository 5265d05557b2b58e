import type { GitHub } from "../../adapters/github/github.js";
import type { FlowReport } from "../../core/flow-report.js";
import { translator } from "../../core/i18n/message.js";
import { type Clock, inGroup, type Log, type Sleep } from "../../core/ports.js";
import type { LoadedClinic } from "../../core/registry/load.js";
import type { Fleet } from "../../core/registry/schema.js";
import { details } from "../../core/render/markdown.js";
import type { ProvisionAws } from "./apply.js";
import { applyPlan } from "./apply.js";
import { messages } from "./messages.js";
import type { ProvisionPlan } from "./plan.js";
import { renderApplyResult, renderPlan } from "./render.js";
import { reportApply } from "./report.js";
import { pushedCommit, type RunEvent } from "./run-event.js";

/** How often the wait asks EC2 and SSM where the new instances are. */
const waitIntervalMs = 15_000;

export interface ApplyAndReportDeps {
  aws: ProvisionAws;
  github: Pick<GitHub, "issues" | "pulls">;
  log: Log;
  clock: Clock;
  sleep: Sleep;
}

/** Creates the planned instances, then reports on the merged pull request and the request issue. */
export async function applyAndReport(
  deps: ApplyAndReportDeps,
  settings: { concurrency: number; waitTimeoutMinutes: number },
  registry: { fleet: Fleet; clinics: readonly LoadedClinic[] },
  plan: ProvisionPlan,
  event: RunEvent,
): Promise<FlowReport> {
  const result = await inGroup(deps.log, "Apply", () =>
    applyPlan(
      { plan, fleet: registry.fleet, clinics: registry.clinics },
      {
        aws: deps.aws,
        clock: deps.clock,
        sleep: deps.sleep,
        log: deps.log,
        concurrency: settings.concurrency,
        waitTimeoutMs: settings.waitTimeoutMinutes * 60_000,
        waitIntervalMs,
      },
    ),
  );
  const locale = registry.fleet.locale;
  const t = translator(locale);
  // The plan that was applied, folded below the result, so the summary shows both what was meant and what happened.
  const summary = `${renderApplyResult(result, locale)}\n${details(t(messages.planTitle), renderPlan(plan, locale, undefined, "applied"))}\n`;
  const report = await inGroup(deps.log, "Report", () => reportApply(deps.github, pushedCommit(event), result, locale));
  const count = (outcome: string) => result.results.filter((r) => r.outcome === outcome).length;
  const troubled = result.results.filter((r) => r.outcome !== "ready");
  const clinics = troubled.map((r) => `${r.clinicId} (${r.problem?.code ?? r.outcome})`).join(", ");
  return {
    outputs: {
      ready: count("ready"),
      failed: count("failed") + count("not-ready"),
      ...(report.pullRequest === undefined ? {} : { "pull-request": report.pullRequest }),
      ...(report.issue === undefined ? {} : { issue: report.issue }),
    },
    summary,
    ...(troubled.length === 0 ? {} : { failure: t(messages.notProvisioned, { count: troubled.length, clinics }) }),
  };
}
