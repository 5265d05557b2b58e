import { type ParameterLookup, ParameterMissing } from "../../adapters/aws/parameter-lookup.js";
import type { Fleet } from "../../core/registry/schema.js";

export interface ResolvedAmi {
  amiId: string;
  /** The selector it came from, `<parameter>:<label>`, for the plan and the summary. */
  selector: string;
  /** The parameter version that the label sits on. */
  version?: number;
}

/** The golden AMI cannot be resolved: nothing can launch, so nothing is launched. */
export class AmiResolutionError extends Error {
  override readonly name = "AmiResolutionError";
}

const amiIdPattern = /^ami-[0-9a-f]{8,17}$/;

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
      throw new AmiResolutionError(
        `the golden AMI parameter ${selector} does not exist (${error.awsError}); run the bake-ami workflow, or set fleet.yml ami.parameter and ami.label to a parameter and label that bake-ami wrote`,
      );
    }
    throw error;
  }
  if (value === undefined || !amiIdPattern.test(value)) {
    throw new AmiResolutionError(
      `the golden AMI parameter ${selector} holds "${value ?? ""}", not an AMI id (ami-…); re-run bake-ami or move the label with its rollback-to input`,
    );
  }
  return { amiId: value, selector, ...(version === undefined ? {} : { version }) };
}
