import type { ParameterVersion } from "../../adapters/aws/parameter-store.js";

export type { ParameterVersion };

const buildLabelPrefix = "build-";

/**
 * The label of one bake: the workflow run and its attempt, so a re-run gets its own label. Parameter Store labels
 * may not start with a digit, hence the prefix.
 */
export function buildLabel(runId: string, runAttempt: string): string {
  return `${buildLabelPrefix}${runId}-${runAttempt}`;
}

export function isBuildLabel(label: string): boolean {
  return label.startsWith(buildLabelPrefix);
}

/** The version that carries the label, if any (a label sits on one version at a time). */
export function versionWithLabel(history: readonly ParameterVersion[], label: string): ParameterVersion | undefined {
  return history.find((entry) => entry.labels.includes(label));
}
