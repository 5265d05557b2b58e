import { IncomingWebhook, IncomingWebhookHTTPError, SlackWebhookError } from "@slack/webhook";
import type { Log } from "../../core/ports.js";

/** Where the sweep tells people in chat; a failed message is a warning, never a lost or repeated incident. */
export interface Notifier {
  /** Whether Slack took the message. */
  send(text: string): Promise<boolean>;
}

/** A notifier that sends nothing: no webhook secret is set. */
export const noNotifier: Notifier = { send: async () => false };

/**
 * Slack's incoming webhook through @slack/webhook, retried a little on Slack's own failures. The URL is a secret
 * (the caller masks it with core.setSecret): what is logged of a failure is its HTTP status or error code alone.
 */
export function slackNotifier(url: string, log: Log): Notifier {
  const webhook = new IncomingWebhook(url, {
    timeout: 10_000,
    retryConfig: { retries: 2, factor: 2, minTimeout: 200 },
  });
  return {
    async send(text) {
      try {
        await webhook.send({ text });
        return true;
      } catch (error) {
        log.warning(`Slack did not take the message (${failureOf(error)}); the incident issue holds it all`);
        return false;
      }
    },
  };
}

function failureOf(error: unknown): string {
  if (error instanceof IncomingWebhookHTTPError) return `HTTP ${error.statusCode}`;
  if (error instanceof SlackWebhookError) return error.code;
  return "no answer";
}
