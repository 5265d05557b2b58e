import { GetParametersCommand, PutParameterCommand, type SSMClient } from "@aws-sdk/client-ssm";

/** Parameter Store's SecureString parameters, as the certificates flow reaches them. */
export interface SecureParameters {
  /** The decrypted values of those names that exist; absent names are simply not in the map. */
  read(names: readonly string[]): Promise<Map<string, string>>;
  /** Writes a new version (creating the parameter when absent), encrypted with the key when one is given. */
  write(name: string, value: string, description: string): Promise<void>;
}

/** GetParameters takes at most 10 names a call. */
const namesPerCall = 10;

export function createSecureParameters(ssm: SSMClient, keyId?: string): SecureParameters {
  return {
    async read(names) {
      const found = new Map<string, string>();
      const unique = [...new Set(names)];
      for (let i = 0; i < unique.length; i += namesPerCall) {
        const answer = await ssm.send(
          new GetParametersCommand({ Names: unique.slice(i, i + namesPerCall), WithDecryption: true }),
        );
        for (const p of answer.Parameters ?? []) {
          if (p.Name !== undefined && p.Value !== undefined) found.set(p.Name, p.Value);
        }
      }
      return found;
    },
    async write(name, value, description) {
      await ssm.send(
        new PutParameterCommand({
          Name: name,
          Value: value,
          Type: "SecureString",
          Overwrite: true,
          Description: description,
          ...(keyId === undefined ? {} : { KeyId: keyId }),
        }),
      );
    },
  };
}
