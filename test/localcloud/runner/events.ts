import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { z } from "zod";

/**
 * Event payloads for runAction, started from GitHub's real ones in @octokit/webhooks-examples and adjusted to a
 * repository and the test's own fields. `schedule` has no example there; it is the repository and sender that
 * GitHub sends with a cron expression.
 */

export type EventName =
  | "issues.opened"
  | "issues.edited"
  | "issue_comment.created"
  | "pull_request.opened"
  | "pull_request.synchronize"
  | "pull_request.closed.merged"
  | "push"
  | "schedule"
  | "workflow_dispatch";

export interface EventOptions {
  repository?: { owner: string; repo: string; defaultBranch?: string };
  /** Merged into the payload: objects field by field, anything else replaced. */
  overrides?: Record<string, unknown>;
}

export interface GithubEvent {
  eventName: string;
  payload: Record<string, unknown>;
}

const definitions = z.array(z.object({ name: z.string(), examples: z.array(z.record(z.string(), z.unknown())) }));

let loaded: z.infer<typeof definitions> | undefined;

function examples(): z.infer<typeof definitions> {
  if (loaded === undefined) {
    const require = createRequire(import.meta.url);
    const file = require.resolve("@octokit/webhooks-examples/api.github.com/index.json");
    loaded = definitions.parse(JSON.parse(readFileSync(file, "utf8")));
  }
  return loaded;
}

/** A deep copy of the first example of an event (with an action, when given). */
export function webhookExample(event: string, action?: string): Record<string, unknown> {
  const found = examples()
    .find((definition) => definition.name === event)
    ?.examples.find((example) => action === undefined || example.action === action);
  if (found === undefined) throw new Error(`@octokit/webhooks-examples has no ${event}${action ? `.${action}` : ""}`);
  return structuredClone(found);
}

export function githubEvent(name: EventName, options: EventOptions = {}): GithubEvent {
  const [event = name, action] = name.split(".");
  const base =
    event === "schedule"
      ? { schedule: "*/10 * * * *", ...pick(webhookExample("push"), ["repository", "sender"]) }
      : webhookExample(event, action);
  const adjusted =
    name === "pull_request.closed.merged"
      ? merge(base, { pull_request: { merged: true, merged_at: "2026-01-05T10:00:00Z", state: "closed" } })
      : base;
  const withRepository =
    options.repository === undefined ? adjusted : merge(adjusted, repositoryFields(event, options.repository));
  return { eventName: event, payload: merge(withRepository, options.overrides ?? {}) };
}

function repositoryFields(event: string, target: NonNullable<EventOptions["repository"]>): Record<string, unknown> {
  const branch = target.defaultBranch ?? "main";
  const repository = {
    name: target.repo,
    full_name: `${target.owner}/${target.repo}`,
    owner: { login: target.owner, name: target.owner },
    default_branch: branch,
    master_branch: branch,
  };
  if (event !== "pull_request") return { repository };
  return {
    repository,
    pull_request: { base: { ref: branch, repo: repository }, head: { repo: repository } },
  };
}

/** Plain objects merge field by field; arrays and scalars in `patch` replace. */
export function merge(target: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    out[key] = isPlainObject(current) && isPlainObject(value) ? merge(current, value) : value;
  }
  return out;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function pick(source: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.flatMap((key) => (key in source ? [[key, source[key]]] : [])));
}
