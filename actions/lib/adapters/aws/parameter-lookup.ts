import { GetParameterCommand, type SSMClient } from "@aws-sdk/client-ssm";

/** A `name:label` or `name:version` selector that names nothing: the parameter, version or label is absent. */
export class ParameterMissing extends Error {
  override readonly name = "ParameterMissing";
  constructor(
    readonly selector: string,
    /** AWS's error name, e.g. ParameterNotFound or ParameterVersionLabelNotFound. */
    readonly awsError: string,
  ) {
    super(`${selector}: ${awsError}`);
  }
}

/** Reading one parameter by selector, apart from the writes so that provisioning's roles reach GetParameter only. */
export interface ParameterLookup {
  /** The value a selector names; ParameterMissing when it names nothing. */
  get(selector: string): Promise<{ value?: string; version?: number }>;
}

/** The errors GetParameter answers when a selector names no parameter, version or label. */
const missingErrors = /^Parameter(NotFound|VersionNotFound|VersionLabel)/;

export function createParameterLookup(ssm: SSMClient): ParameterLookup {
  return {
    async get(selector) {
      try {
        const answer = await ssm.send(new GetParameterCommand({ Name: selector }));
        const { Value, Version } = answer.Parameter ?? {};
        return {
          ...(Value === undefined ? {} : { value: Value }),
          ...(Version === undefined ? {} : { version: Version }),
        };
      } catch (error) {
        if (error instanceof Error && missingErrors.test(error.name)) throw new ParameterMissing(selector, error.name);
        throw error;
      }
    },
  };
}
