import { describe, expect, it } from "vitest";
import { type ParameterLookup, ParameterMissing } from "../../../actions/lib/adapters/aws/parameter-lookup.js";
import type { Locale } from "../../../actions/lib/core/i18n/locale.js";
import { renderAmiUnresolved } from "../../../actions/lib/flows/provision/render.js";
import { AmiResolutionError, resolveAmi } from "../../../actions/lib/flows/provision/resolve-ami.js";
import { fleet } from "./fixtures.js";

/** A lookup that answers one value, or throws what GetParameter would. */
const lookup = (answer: { value?: string; error?: Error }): ParameterLookup => ({
  get: async () => {
    if (answer.error !== undefined) throw answer.error;
    return answer.value === undefined ? {} : { value: answer.value, version: 2 };
  },
});

const named = (name: string, message: string) => Object.assign(new Error(message), { name });

/** The reason resolveAmi gives, rendered in a locale; fails when it resolves. */
async function refusal(parameters: ParameterLookup, locale: Locale): Promise<string> {
  const error = await resolveAmi(parameters, fleet).catch((e: unknown) => e);
  if (!(error instanceof AmiResolutionError)) throw new Error(`resolved or failed otherwise: ${String(error)}`);
  return renderAmiUnresolved(error.selector, error.reason, locale);
}

describe("the golden AMI's reason, by AWS's error names, in the fleet's locale", () => {
  const selector = `${fleet.ami.parameter}:${fleet.ami.label}`;
  const cases = [
    {
      why: "no parameter",
      parameters: lookup({ error: new ParameterMissing(selector, "ParameterNotFound") }),
      reason: { kind: "parameter-missing", code: "ParameterNotFound" },
      ja: "パラメータが存在しません（SSM の応答: `ParameterNotFound`）",
      en: "the parameter does not exist (SSM answered `ParameterNotFound`)",
    },
    {
      why: "no version with the label",
      parameters: lookup({ error: new ParameterMissing(selector, "ParameterVersionLabelNotFound") }),
      reason: { kind: "label-missing", code: "ParameterVersionLabelNotFound" },
      ja: "ラベル `current` の付いたバージョンがありません",
      en: "no version labelled `current` (SSM answered `ParameterVersionLabelNotFound`)",
    },
    {
      why: "a value that is no AMI id",
      parameters: lookup({ value: "ubuntu-22.04" }),
      reason: { kind: "not-an-ami", value: "ubuntu-22.04" },
      ja: "値が `ubuntu-22.04` で、AMI ID（ami-…）ではありません",
      en: "holds `ubuntu-22.04`, not an AMI id",
    },
    {
      why: "a role that may not read it",
      // The message is AWS's English; only the name decides.
      parameters: lookup({ error: named("AccessDeniedException", "User: arn:aws:sts::… is not authorized") }),
      reason: { kind: "access-denied", code: "AccessDeniedException" },
      ja: "このワークフローのロールにはパラメータを読む権限がありません",
      en: "this workflow's role may not read the parameter",
    },
  ] as const;

  it.each(cases)("tells $why apart and says it in Japanese and English", async ({ parameters, reason, ja, en }) => {
    const error = await resolveAmi(parameters, fleet).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmiResolutionError);
    expect(error).toMatchObject({ selector, reason });
    const japanese = await refusal(parameters, "ja");
    expect(japanese).toContain(`ゴールデン AMI \`${selector}\` を解決できません: `);
    expect(japanese).toContain(ja);
    // No English sentence inside the Japanese message: only the code spans (names AWS gave, the value) are verbatim.
    expect(japanese.replaceAll(/`[^`]*`/g, "")).not.toMatch(/[a-z]{4,} [a-z]{3,}/);
    const english = await refusal(parameters, "en");
    expect(english).toContain(`The golden AMI \`${selector}\` cannot be resolved: `);
    expect(english).toContain(en);
  });

  it("lets any other error through as unexpected, not as a reason", async () => {
    const outage = named("InternalServerError", "SSM is down");
    await expect(resolveAmi(lookup({ error: outage }), fleet)).rejects.toBe(outage);
  });
});
