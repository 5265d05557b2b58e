import { AwsError } from "../types.js";

export const maxTagsPerResource = 50;

/** AWS's tag rules: keys 1-128 characters and not under the reserved `aws:` prefix, values up to 256 characters. */
export function checkTag(key: string, value: string): void {
  if (key.length === 0 || key.length > 128) {
    throw new AwsError("InvalidParameterValue", `Tag key exceeds the maximum length of 128 characters: ${key}`);
  }
  if (key.toLowerCase().startsWith("aws:")) {
    throw new AwsError("InvalidParameterValue", "Tag keys starting with 'aws:' are reserved for internal use");
  }
  if (value.length > 256) {
    throw new AwsError("InvalidParameterValue", `Tag value exceeds the maximum length of 256 characters: ${value}`);
  }
}

/** Merges tags onto a resource's tags, refusing more than 50 in all as AWS does. */
export function checkTagCount(existing: Record<string, string>, added: readonly string[]): void {
  const keys = new Set([...Object.keys(existing), ...added]);
  if (keys.size > maxTagsPerResource) {
    throw new AwsError("TagLimitExceeded", `The maximum number of tags per resource is ${maxTagsPerResource}.`);
  }
}
