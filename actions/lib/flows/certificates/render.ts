import type { Locale } from "../../core/i18n/locale.js";
import { formatText } from "../../core/i18n/message.js";
import { certificateMessages as m } from "./messages.js";
import { caCertName } from "./parameter-names.js";
import type { CertificateAction } from "./plan.js";
import type { CertificateReview } from "./sync.js";

/** One line per certificate to issue or rotate, then the CA's line when it needs publishing; never a key. */
export function renderReview(review: CertificateReview, secretsPrefix: string, locale: Locale): string[] {
  const lines: string[] = [];
  if (review.caParameter === "missing" || review.caParameter === "different") {
    const state = m[review.caParameter][locale];
    lines.push(formatText(m.caPublish, locale, { name: caCertName(secretsPrefix), state }));
  }
  for (const action of review.plan.actions) lines.push(renderAction(action, locale));
  return lines;
}

export function renderAction(action: CertificateAction, locale: Locale): string {
  const values = { clinic: action.clinicId, kind: m[action.kind][locale], reason: m[action.reason][locale] };
  return action.action === "issue"
    ? formatText(m.issue, locale, values)
    : formatText(m.rotate, locale, { ...values, notAfter: action.notAfter.toISOString().slice(0, 10) });
}

/** The machine-readable review: the same facts, dates as ISO strings. */
export function reviewJson(review: CertificateReview) {
  return {
    caParameter: review.caParameter ?? null,
    actions: review.plan.actions.map((a) => ({
      clinicId: a.clinicId,
      kind: a.kind,
      action: a.action,
      reason: a.reason,
      ...(a.action === "rotate" ? { notAfter: a.notAfter.toISOString() } : {}),
    })),
    kept: review.plan.kept.map((k) => ({ clinicId: k.clinicId, kind: k.kind, notAfter: k.notAfter.toISOString() })),
  };
}
