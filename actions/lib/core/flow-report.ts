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
}

/** The part of @actions/core a main publishes through; `core` satisfies it. */
export interface ActionOutputs {
  setOutput(name: string, value: string | number): void;
  setFailed(message: string): void;
  summary: { addRaw(text: string): { write(): Promise<unknown> } };
}

export async function publishReport(report: FlowReport, action: ActionOutputs): Promise<void> {
  for (const [name, value] of Object.entries(report.outputs)) action.setOutput(name, value);
  if (report.summary !== undefined) await action.summary.addRaw(report.summary).write();
  if (report.failure !== undefined) action.setFailed(report.failure);
}
