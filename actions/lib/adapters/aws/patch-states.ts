import {
  DescribeInstancePatchStatesCommand,
  type InstancePatchState,
  type PatchComplianceData,
  paginateDescribeInstancePatches,
  type SSMClient,
} from "@aws-sdk/client-ssm";
import { mapBounded } from "../../core/map-bounded.js";

/** Patch states as AWS defines them for one patch on one instance (AWS's "patch compliance state values"). */
export const patchStates = [
  "Installed",
  "InstalledOther",
  "InstalledPendingReboot",
  "InstalledRejected",
  "Missing",
  "Failed",
  "NotApplicable",
  "AvailableSecurityUpdate",
] as const;
export type PatchState = (typeof patchStates)[number];

/**
 * The states that make an instance non-compliant. INSTALLED_OTHER and NOT_APPLICABLE are compliant;
 * AVAILABLE_SECURITY_UPDATE is compliant or not by a baseline option this report does not read, so it is counted
 * apart and does not decide compliance.
 */
export const nonCompliantStates: readonly PatchState[] = [
  "Missing",
  "Failed",
  "InstalledPendingReboot",
  "InstalledRejected",
];

/** The latest patch operation Patch Manager recorded for one instance: its counts and when it ran. */
export interface PatchStateSummary {
  instanceId: string;
  operation: "Scan" | "Install";
  operationEnd: Date;
  installed: number;
  installedOther: number;
  installedPendingReboot: number;
  installedRejected: number;
  missing: number;
  failed: number;
  notApplicable: number;
}

/** One patch that keeps an instance non-compliant. */
export interface PatchRecord {
  kbId: string;
  title: string;
  severity: string;
  classification: string;
  state: PatchState;
}

/** The reads the patch report makes of Patch Manager; the adapter below and a test's fake both satisfy it. */
export interface PatchStateSource {
  /** The latest state of each instance that has one; instances never scanned are absent. */
  states(instanceIds: readonly string[]): Promise<PatchStateSummary[]>;
  /** The patches that keep one instance non-compliant (missing, failed, pending reboot, rejected). */
  nonCompliantPatches(instanceId: string): Promise<PatchRecord[]>;
}

/** DescribeInstancePatchStates takes at most 50 instance ids a call. */
export const idsPerStatesCall = 50;

/** DescribeInstancePatches answers at most 100 patches a page. */
const patchesPerPage = 100;

/**
 * AWS's model names the states INSTALLED_OTHER and so on, while the service and its CLI answer InstalledOther:
 * both spellings are read as the same state, compared without case and underscores.
 */
const stateByKey = new Map(patchStates.map((state) => [state.toLowerCase(), state]));

export function readPatchState(text: string | undefined): PatchState | undefined {
  return stateByKey.get((text ?? "").replaceAll("_", "").toLowerCase());
}

export interface PatchStateOptions {
  /** Calls in flight; the SSM client's adaptive retry paces them when SSM throttles. */
  concurrency: number;
}

/** Patch Manager's records through one shared SSM client, batched to the API's limits. */
export function patchStateSource(ssm: SSMClient, options: PatchStateOptions): PatchStateSource {
  return {
    async states(instanceIds) {
      const batches: string[][] = [];
      for (let start = 0; start < instanceIds.length; start += idsPerStatesCall)
        batches.push(instanceIds.slice(start, start + idsPerStatesCall));
      const pages = await mapBounded(batches, options.concurrency, (batch) => statesOf(ssm, batch));
      return pages.flat();
    },
    async nonCompliantPatches(instanceId) {
      const found: PatchRecord[] = [];
      const pages = paginateDescribeInstancePatches(
        { client: ssm, pageSize: patchesPerPage },
        { InstanceId: instanceId, Filters: [{ Key: "State", Values: [...nonCompliantStates] }] },
      );
      for await (const page of pages) {
        for (const patch of page.Patches ?? []) {
          const record = toRecord(patch);
          // Kept to the non-compliant states here too, should a filter ever be ignored.
          if (record !== undefined && nonCompliantStates.includes(record.state)) found.push(record);
        }
      }
      return found;
    },
  };
}

/** One call answers all 50 ids: a page holds up to 50 states unless MaxResults says less, and it is left out. */
async function statesOf(ssm: SSMClient, instanceIds: string[]): Promise<PatchStateSummary[]> {
  const found: PatchStateSummary[] = [];
  let nextToken: string | undefined;
  do {
    const page = await ssm.send(
      new DescribeInstancePatchStatesCommand({
        InstanceIds: instanceIds,
        ...(nextToken === undefined ? {} : { NextToken: nextToken }),
      }),
    );
    for (const state of page.InstancePatchStates ?? []) {
      const summary = toSummary(state);
      if (summary !== undefined) found.push(summary);
    }
    nextToken = page.NextToken === "" ? undefined : page.NextToken;
  } while (nextToken !== undefined);
  return found;
}

function toSummary(state: InstancePatchState): PatchStateSummary | undefined {
  if (state.InstanceId === undefined || state.OperationEndTime === undefined) return undefined;
  return {
    instanceId: state.InstanceId,
    operation: state.Operation === "Install" ? "Install" : "Scan",
    operationEnd: state.OperationEndTime,
    installed: state.InstalledCount ?? 0,
    installedOther: state.InstalledOtherCount ?? 0,
    installedPendingReboot: state.InstalledPendingRebootCount ?? 0,
    installedRejected: state.InstalledRejectedCount ?? 0,
    missing: state.MissingCount ?? 0,
    failed: state.FailedCount ?? 0,
    notApplicable: state.NotApplicableCount ?? 0,
  };
}

function toRecord(patch: PatchComplianceData): PatchRecord | undefined {
  const state = readPatchState(patch.State);
  if (state === undefined || patch.KBId === undefined) return undefined;
  return {
    kbId: patch.KBId,
    title: patch.Title ?? patch.KBId,
    severity: patch.Severity ?? "",
    classification: patch.Classification ?? "",
    state,
  };
}
