import { GetParameterCommand, type SSMClient } from "@aws-sdk/client-ssm";

/** A parameter's type (String, StringList, SecureString), read without decrypting; undefined when it is absent. */
export async function parameterType(ssm: SSMClient, name: string): Promise<string | undefined> {
  try {
    const answer = await ssm.send(new GetParameterCommand({ Name: name, WithDecryption: false }));
    return answer.Parameter?.Type;
  } catch (error) {
    if (error instanceof Error && error.name === "ParameterNotFound") return undefined;
    throw error;
  }
}
