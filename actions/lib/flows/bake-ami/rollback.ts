import type { Ec2Fleet } from "../../adapters/aws/ec2-inventory.js";
import type { ParameterStore } from "../../adapters/aws/parameter-store.js";
import type { Locale } from "../../core/i18n/locale.js";
import { type Message, render } from "../../core/i18n/message.js";

import type { Clock, Log } from "../../core/ports.js";
import type { LoadedClinic } from "../../core/registry/load.js";
import { planProvision } from "../provision/plan.js";
import { type ParameterVersion, versionWithLabel } from "./history.js";
import { note } from "./messages.js";
import { moveLabels } from "./move-labels.js";

export type RollbackTarget =
  | { ok: true; target: ParameterVersion; current?: ParameterVersion }
  | { ok: false; reason: Message };

/** The version a `rollback-to` value names: a version number, or a label such as build-1234-1. Pure. */
export function resolveRollbackTarget(
  history: readonly ParameterVersion[],
  selector: string,
  currentLabel: string,
): RollbackTarget {
  const target = /^\d+$/.test(selector)
    ? history.find((entry) => entry.version === Number(selector))
    : versionWithLabel(history, selector);
  if (target === undefined) {
    const labelled = history
      .filter((entry) => entry.labels.length > 0)
      .slice(-10)
      .map((entry) => `${entry.version} (${entry.labels.join(", ")})`);
    return {
      ok: false,
      reason:
        labelled.length > 0
          ? note("noSuchVersionExamples", { selector, examples: labelled.join("; ") })
          : note("noSuchVersion", { selector }),
    };
  }
  const current = versionWithLabel(history, currentLabel);
  return { ok: true, target, ...(current === undefined ? {} : { current }) };
}

export interface RollbackRequest {
  parameter: string;
  currentLabel: string;
  selector: string;
  clinics: readonly LoadedClinic[];
}

export type RollbackOutcome =
  | {
      status: "moved" | "unchanged";
      target: ParameterVersion;
      from?: ParameterVersion;
      /** Active clinics without an instance: the next provisioning launches them from the target. */
      launchingNext: string[];
    }
  | { status: "refused"; reason: Message };

export interface RollbackDeps {
  parameters: ParameterStore;
  ec2: Ec2Fleet;
  log: Log;
  clock: Clock;
  /** The fleet's locale, for the log line. */
  locale: Locale;
}

/**
 * Moves `current` to an earlier (or any existing) version instead of building, after showing which clinics
 * would launch on it next. Running instances keep their image; only launches to come are affected.
 */
export async function rollback(deps: RollbackDeps, request: RollbackRequest): Promise<RollbackOutcome> {
  const resolved = resolveRollbackTarget(
    await deps.parameters.history(request.parameter),
    request.selector,
    request.currentLabel,
  );
  if (!resolved.ok) return { status: "refused", reason: resolved.reason };
  const { target, current } = resolved;
  const plan = planProvision({ clinics: request.clinics, instances: await deps.ec2.inventory(), clock: deps.clock });
  const launchingNext = plan.create.map((entry) => entry.clinic.id);
  const clinics = launchingNext.length > 0 ? launchingNext.join(", ") : note("none");
  deps.log.info(
    render(
      note("rollbackLog", { label: request.currentLabel, version: target.version, value: target.value, clinics }),
      deps.locale,
    ),
  );
  const from = current === undefined ? {} : { from: current };
  if (current?.version === target.version) return { status: "unchanged", target, launchingNext, ...from };
  await moveLabels(deps.parameters, request.parameter, target.version, [request.currentLabel]);
  return { status: "moved", target, launchingNext, ...from };
}
