/**
 * What a flow hands back to its action's main: the outputs, the job summary and, when the person must act, the
 * failure text, all already in the fleet's locale. Mains only publish it, so every main reads the same.
 */
export interface FlowReport {
  outputs: Readonly<Record<string, string | number>>;
  /** The job summary's markdown; absent when the flow has nothing to summarise. */
  summary?: string;
  /** Set when the step must fail: an expected refusal, said so a person knows what to do. */
  failure?: string;
  /**
   * Set (instead of `failure`) when the step failed unexpectedly: a bug or an outage, not something the person
   * asked for. The step exits with `exitCodes.error`, so a caller can tell it from a refusal and retry it.
   */
  error?: string;
}

/** How a flow ended: done, refused (the person must act; `failure` says how), or an unexpected error. */
export type FlowOutcome = "done" | "refused" | "error";

export function flowOutcome(report: FlowReport): FlowOutcome {
  if (report.error !== undefined) return "error";
  return report.failure === undefined ? "done" : "refused";
}

/** A refusal exits 1, as setFailed makes it; an unexpected error exits 2. */
export const exitCodes: Readonly<Record<FlowOutcome, number>> = { done: 0, refused: 1, error: 2 };

/** The part of @actions/core a main publishes through; `core` satisfies it. */
export interface ActionOutputs {
  setOutput(name: string, value: string | number): void;
  setFailed(message: string): void;
  summary: { addRaw(text: string): { write(): Promise<unknown> } };
}

export async function publishReport(
  report: FlowReport,
  action: ActionOutputs,
  setExitCode: (code: number) => void = (code) => {
    process.exitCode = code;
  },
): Promise<void> {
  for (const [name, value] of Object.entries(report.outputs)) action.setOutput(name, value);
  if (report.summary !== undefined) await action.summary.addRaw(report.summary).write();
  if (report.error !== undefined) {
    action.setFailed(report.error);
    // setFailed exits 1; an unexpected error is told apart from a refusal by its exit code.
    setExitCode(exitCodes.error);
  } else if (report.failure !== undefined) action.setFailed(report.failure);
}
