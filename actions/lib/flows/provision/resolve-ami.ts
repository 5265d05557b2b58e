import { type ParameterLookup, ParameterMissing } from "../../adapters/aws/parameter-lookup.js";
import type { Fleet } from "../../core/registry/schema.js";

export interface ResolvedAmi {
  amiId: string;
  /** The selector it came from, `<parameter>:<label>`, for the plan and the summary. */
  selector: string;
  /** The parameter version that the label sits on. */
  version?: number;
}

/**
 * Why the golden AMI cannot be resolved, told apart by AWS's error names (never their messages), so each is said in
 * the fleet's locale with its own fix. `code` is AWS's error name, shown as it is.
 */
export type AmiUnresolved =
  /** No parameter by that name (ParameterNotFound). */
  | { kind: "parameter-missing"; code: string }
  /** The parameter exists, but no version carries the label (ParameterVersionLabelNotFound, ...VersionNotFound). */
  | { kind: "label-missing"; code: string }
  /** The labelled version holds something other than an AMI id. */
  | { kind: "not-an-ami"; value: string }
  /** The role may not read the parameter (AccessDeniedException): fleet.yml names one the stack did not grant. */
  | { kind: "access-denied"; code: string };

/** The golden AMI cannot be resolved: nothing can launch, so nothing is launched. */
export class AmiResolutionError extends Error {
  override readonly name = "AmiResolutionError";
  constructor(
    readonly selector: string,
    readonly reason: AmiUnresolved,
  ) {
    super(`the golden AMI parameter ${selector} cannot be resolved: ${JSON.stringify(reason)}`);
  }
}

const amiIdPattern = /^ami-[0-9a-f]{8,17}$/;

/** GetParameter's answer when the parameter exists but not the version or label asked for. */
const labelErrors = new Set(["ParameterVersionLabelNotFound", "ParameterVersionNotFound"]);

/**
 * Resolves the fleet's AMI parameter at its launch label to a concrete AMI id once, so that every clinic in a
 * run launches from the same image and the id can be recorded in a tag.
 */
export async function resolveAmi(parameters: ParameterLookup, fleet: Fleet): Promise<ResolvedAmi> {
  const selector = `${fleet.ami.parameter}:${fleet.ami.label}`;
  let value: string | undefined;
  let version: number | undefined;
  try {
    ({ value, version } = await parameters.get(selector));
  } catch (error) {
    if (error instanceof ParameterMissing) {
      const code = error.awsError;
      throw new AmiResolutionError(selector, {
        kind: labelErrors.has(code) ? "label-missing" : "parameter-missing",
        code,
      });
    }
    if (error instanceof Error && error.name === "AccessDeniedException") {
      throw new AmiResolutionError(selector, { kind: "access-denied", code: error.name });
    }
    throw error;
  }
  if (value === undefined || !amiIdPattern.test(value)) {
    throw new AmiResolutionError(selector, { kind: "not-an-ami", value: value ?? "" });
  }
  return { amiId: value, selector, ...(version === undefined ? {} : { version }) };
}
