import { render } from "../../../actions/lib/core/i18n/message.js";
import { loadRegistry } from "../../../actions/lib/core/registry/load.js";
import { validateClinicText } from "../../../actions/lib/core/registry/validate-text.js";

/** The registry's results with each problem's message shown in the result's locale, as a person reads it. */

export async function loadShown(dir: string) {
  const result = await loadRegistry(dir);
  return { ...result, problems: result.problems.map((p) => ({ ...p, message: render(p.message, result.locale) })) };
}

export function validateShown(...args: Parameters<typeof validateClinicText>) {
  const result = validateClinicText(...args);
  return { ...result, problems: result.problems.map((p) => ({ ...p, message: render(p.message, result.locale) })) };
}
