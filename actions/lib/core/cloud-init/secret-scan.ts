/** What a secret looks like in text: user data is readable by anyone who may describe the instance. */
const patterns: { name: string; pattern: RegExp }[] = [
  { name: "private key block", pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/ },
  { name: "AWS access key id", pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { name: "AWS secret access key", pattern: /aws_secret_access_key\s*[=:]/i },
  // A literal value after a secret-sounding key; `$var` and `$(cmd)` are references, not values.
  {
    name: "password or token value",
    pattern: /(?:password|passwd|pwd|secret|token|api[_-]?key)\s*[=:]\s*['"]?[^\s'"$]{4,}/i,
  },
  { name: "long base64 blob", pattern: /[A-Za-z0-9+/]{40,}={0,2}/ },
];

export interface SecretFinding {
  name: string;
  line: number;
}

/** Every line that looks like it holds a secret, by kind; empty when the text is clean. */
export function findSecrets(text: string): SecretFinding[] {
  return text
    .split("\n")
    .flatMap((lineText, index) =>
      patterns.filter(({ pattern }) => pattern.test(lineText)).map(({ name }) => ({ name, line: index + 1 })),
    );
}
