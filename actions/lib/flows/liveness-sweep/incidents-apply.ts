import type { IncidentIssues } from "../../adapters/github/incident-issues.js";
import type { Notifier } from "../../adapters/slack/webhook.js";
import type { Locale } from "../../core/i18n/locale.js";
import type { Log } from "../../core/ports.js";
import type { LivenessPolicy } from "../../core/registry/schema.js";
import { type Classified, isFailing } from "./classify.js";
import { type CommonCause, causeKey } from "./correlation.js";
import { type OpenIncident, planIncidents, type Wanted } from "./incident-plan.js";
import { incidentBody, incidentTitle, membersShown } from "./incident-render.js";
import {
  clinicIncidentKey,
  type IncidentState,
  incidentLabel,
  parentIncidentKey,
  readStateBlock,
} from "./incident-state.js";
import { duration, say } from "./messages.js";
import type { Observed } from "./observe.js";
import type { ClinicStep } from "./plan.js";

export interface IncidentTally {
  opened: number;
  updated: number;
  closed: number;
  /** Open after this sweep. */
  open: number;
  /** Writes GitHub refused this time (the next sweep tries again from what is then true). */
  failed: number;
  slack: number;
}

export interface IncidentInputs {
  now: Date;
  policy: LivenessPolicy;
  locale: Locale;
  ids: readonly string[];
  observed: ReadonlyMap<string, Observed>;
  seen: ReadonlyMap<string, Classified>;
  steps: ReadonlyMap<string, ClinicStep>;
  cause?: CommonCause;
}

export interface IncidentOutcome {
  tally: IncidentTally;
  /** Each clinic's open incident after this sweep. */
  openByClinic: Map<string, number>;
  changed: boolean;
}

/**
 * Takes the open incidents to what this sweep saw: the common cause's parent first (so clinic incidents can link
 * to it), then each clinic's. One list call when nothing changed; each change at most three writes. A write GitHub
 * refuses is logged and left for the next sweep, which plans again from the issues as they then are.
 */
export async function applyIncidents(
  ports: { incidents: IncidentIssues; notifier: Notifier; log: Log },
  inputs: IncidentInputs,
): Promise<IncidentOutcome> {
  const { locale, now } = inputs;
  const open = new Map<string, OpenIncident>(
    (await ports.incidents.listOpen()).map((i) => [i.key, { ...i, state: readStateBlock(i.body) }]),
  );
  const tally: IncidentTally = { opened: 0, updated: 0, closed: 0, open: 0, failed: 0, slack: 0 };
  const context = { locale, flapping: inputs.policy.flapping };
  let changed = false;

  const notify = async (text: string) => {
    if (await ports.notifier.send(text)) tally.slack += 1;
  };

  const parents = new Map<string, Wanted>();
  for (const key of open.keys()) if (key.startsWith("incident-parent:")) parents.set(key, { kind: "closed" });
  const cause = inputs.cause;
  if (cause !== undefined) {
    const members = [...cause.failing].sort();
    parents.set(parentIncidentKey(causeKey(cause)), {
      kind: "open",
      state: {
        kind: "parent",
        key: causeKey(cause),
        checks: [],
        flapping: false,
        restarts: 0,
        since: now.toISOString(),
        members: members.slice(0, membersShown),
        memberCount: members.length,
      },
    });
  }
  let parent: { number: number; url: string } | undefined;
  const parentKey = cause === undefined ? undefined : parentIncidentKey(causeKey(cause));
  const existingParent = parentKey === undefined ? undefined : open.get(parentKey);
  if (existingParent !== undefined) parent = { number: existingParent.number, url: existingParent.url };

  const apply = async (actions: ReturnType<typeof planIncidents>, excerptOf: (state: IncidentState) => string) => {
    for (const action of actions) {
      try {
        if (action.kind === "open") {
          const title = incidentTitle(action.state, locale);
          const labels = action.state.kind === "clinic" ? [incidentLabel, action.state.key] : [incidentLabel];
          const body = incidentBody(action.state, {
            ...context,
            excerpt: excerptOf(action.state),
            ...unreachableOf(inputs, action.state),
            ...(parent === undefined ? {} : { parentUrl: parent.url }),
          });
          const made = await ports.incidents.open(action.key, title, body, labels);
          if (made.outcome === "held") continue;
          changed = true;
          tally.opened += 1;
          open.set(action.key, { number: made.number, url: made.url, title, key: action.key, state: action.state });
          if (action.state.kind === "parent") parent = { number: made.number, url: made.url };
          if (action.state.kind === "parent" || action.state.parent === undefined)
            await notify(say("slackOpened", locale, { title, url: made.url }));
        } else if (action.kind === "update") {
          const title = incidentTitle(action.state, locale);
          const body = incidentBody(action.state, {
            ...context,
            excerpt: excerptOf(action.state),
            ...unreachableOf(inputs, action.state),
            ...(parent === undefined ? {} : { parentUrl: parent.url }),
          });
          await ports.incidents.update(action.incident.number, action.incident.key, title, body);
          changed = true;
          tally.updated += 1;
          open.set(action.incident.key, { ...action.incident, title, state: action.state });
          if (action.escalated && action.state.parent === undefined)
            await notify(say("slackEscalated", locale, { title, url: action.incident.url }));
        } else {
          const state = action.incident.state;
          const downtime = duration(action.downtimeMs);
          const comment =
            state?.kind === "parent"
              ? say("parentRecovered", locale, { downtime })
              : say("recovered", locale, {
                  sweeps: inputs.policy.successesBeforeClose,
                  downtime,
                  since: state?.since ?? "?",
                });
          await ports.incidents.close(action.incident.number, action.incident.key, comment);
          changed = true;
          tally.closed += 1;
          open.delete(action.incident.key);
          if (state?.parent === undefined)
            await notify(
              say("slackClosed", locale, { title: action.incident.title, downtime, url: action.incident.url }),
            );
        }
      } catch (error) {
        tally.failed += 1;
        ports.log.warning(
          `incident ${action.kind === "open" ? action.key : action.incident.key}: GitHub refused the ${action.kind} (${
            error instanceof Error ? error.message : String(error)
          }); the next sweep tries again`,
        );
      }
    }
  };

  await apply(planIncidents(open, parents, now), () => "");

  const wanted = new Map<string, Wanted>();
  for (const id of inputs.ids) {
    const key = clinicIncidentKey(id);
    const step = inputs.steps.get(id);
    const seen = inputs.seen.get(id);
    if (step === undefined || seen === undefined) continue;
    const failing = isFailing(seen.class);
    if (step.needsIncident || (open.has(key) && (failing || step.flapping))) {
      const instanceId = inputs.observed.get(id)?.instance?.instanceId;
      const inCause = cause?.failing.includes(id) === true && parent !== undefined;
      wanted.set(key, {
        kind: "open",
        state: {
          kind: "clinic",
          key: id,
          class: seen.class,
          checks: seen.checks.slice(0, 20),
          flapping: step.flapping,
          restarts: step.counters.restarts,
          since: step.counters.since === "" ? now.toISOString() : step.counters.since,
          ...(instanceId === undefined ? {} : { instanceId }),
          ...(inCause && parent !== undefined ? { parent: parent.number } : {}),
        },
      });
    } else if (step.mayClose) wanted.set(key, { kind: "closed" });
  }
  await apply(planIncidents(open, wanted, now), (state) =>
    state.kind === "clinic" ? (inputs.observed.get(state.key)?.output ?? "") : "",
  );

  const openByClinic = new Map<string, number>();
  for (const id of inputs.ids) {
    const incident = open.get(clinicIncidentKey(id));
    if (incident !== undefined) openByClinic.set(id, incident.number);
  }
  tally.open = open.size;
  return { tally, openByClinic, changed };
}

function unreachableOf(inputs: IncidentInputs, state: IncidentState) {
  const reason = state.kind === "clinic" ? inputs.seen.get(state.key)?.unreachable : undefined;
  return reason === undefined ? {} : { unreachable: reason };
}
