import { caParameter } from "../../core/ca-parameter.js";
import { type Finding, miss, pass } from "./finding.js";

export interface CaKeyFacts {
  /** The type of the CA key's protected parameter; undefined when there is none. */
  parameterType: string | undefined;
  /** Files in the repository (tracked, or untracked and not ignored) that hold a private key named like the CA's. */
  keysInRepository: readonly string[];
}

/**
 * Where the CA key lives: in its protected parameter, or (by elimination) in the operator's folder; a CA key inside
 * the repository is a miss, since a push would publish the key every clinic's trust hangs on.
 */
export function checkCaKey(facts: CaKeyFacts): Finding {
  if (facts.keysInRepository.length > 0)
    return miss(
      "aws.ca-key",
      "aws",
      { key: "caKeyInRepository", values: { files: facts.keysInRepository.join(", ") } },
      { key: "caKeyInRepositoryFix" },
    );
  if (facts.parameterType === undefined) return pass("aws.ca-key", "aws", { key: "caKeyInFolder" });
  return facts.parameterType === "SecureString"
    ? pass("aws.ca-key", "aws", { key: "caKeyInParameter", values: { name: caParameter.privateKey } })
    : miss(
        "aws.ca-key",
        "aws",
        { key: "caKeyPlain", values: { name: caParameter.privateKey, type: facts.parameterType } },
        { key: "caKeyInRepositoryFix" },
      );
}

/** A file the CA's folder would hold: `ca.key`, wherever it sits. */
export function looksLikeCaKey(path: string): boolean {
  return /(^|\/)ca\.key$/.test(path);
}
