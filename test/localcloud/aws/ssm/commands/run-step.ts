import { tagKeys } from "../../../../../actions/lib/core/instance-tags.js";
import type { LocalAwsContext } from "../../types.js";
import { type Agent, isFirstBooting, orcaAt } from "../agents/agent.js";
import { runShell } from "../agents/shell.js";
import { answerToolkitDocument } from "../agents/toolkit-answers.js";
import { type DocumentStep, renderRunCommand, stepInput } from "../documents/content.js";
import type { CommandRecord, InvocationStatus, PluginResult } from "./model.js";

export interface StepRun {
  context: LocalAwsContext;
  agent: Agent;
  command: CommandRecord;
  instanceId: string;
  step: DocumentStep;
  signal: AbortSignal;
  /** The base URL of the instance's simulated WebORCA, given to real scripts as ORCA_URL. */
  orcaUrl(instanceId: string): Promise<string>;
}

/**
 * One step of a document on one agent: cancelled, timed out on a slow agent, answered from the simulator for the
 * toolkit's documents, run for real for aws:runShellScript, or refused for any other plugin.
 */
export async function runStep(run: StepRun): Promise<PluginResult> {
  const { context, agent, command, step, signal } = run;
  const started = context.now();
  const ended = (
    status: InvocationStatus,
    statusDetails: string,
    responseCode: number,
    out: Partial<PluginResult> = {},
  ) => ({
    name: step.name,
    started,
    stdout: "",
    stderr: "",
    ...out,
    status,
    statusDetails,
    responseCode,
    ended: context.now(),
  });
  if (signal.aborted) return { ...ended("Cancelled", "Cancelled", -1), ended: started };
  if (agent.reachability === "slow") return ended("TimedOut", "ExecutionTimedOut", -1);
  if (command.toolkit !== undefined) {
    // The clinic's id is what cloud-init writes to the instance; the simulated instance carries it as its tag.
    const clinicId = context.instance(run.instanceId)?.tags[tagKeys.clinic];
    const host = { instanceId: run.instanceId, ...(clinicId === undefined ? {} : { clinicId }) };
    const answer = answerToolkitDocument(command.toolkit, host, orcaAt(agent, started), command.parameters, started);
    // What a document does to ORCA during its first boot is undone by the boot's own setup.
    if (!isFirstBooting(agent, started)) agent.orca = answer.orca;
    const ok = answer.exitCode === 0;
    return ended(ok ? "Success" : "Failed", ok ? "Success" : "Failed", answer.exitCode, { stdout: answer.stdout });
  }
  if (step.action !== "aws:runShellScript") {
    const stderr = `The local cloud's agent runs aws:runShellScript steps only, not ${step.action}.`;
    return ended("Failed", "Failed", 1, { stderr });
  }
  const shell = await runShell({
    script: renderRunCommand(step, command.parameters),
    instanceId: run.instanceId,
    region: context.region,
    workingDirectory: stepInput(step, "workingDirectory", command.parameters),
    timeoutSeconds: Number(stepInput(step, "timeoutSeconds", command.parameters) ?? "3600"),
    env: { ORCA_URL: await run.orcaUrl(run.instanceId) },
    signal,
  });
  const output = { stdout: shell.stdout, stderr: shell.stderr };
  if (shell.cancelled) return ended("Cancelled", "Cancelled", -1, output);
  if (shell.timedOut) return ended("TimedOut", "ExecutionTimedOut", -1, output);
  return shell.exitCode === 0
    ? ended("Success", "Success", shell.exitCode, output)
    : ended("Failed", "Failed", shell.exitCode, output);
}
