import { z } from "zod";
import { AwsError } from "../../types.js";
import type { Patch, PatchReport, PatchStateName } from "../agents/agent.js";
import type { AgentFleet } from "../agents/fleet.js";
import { epochSeconds, pageScope, paginate, parseInput } from "../wire.js";

const statesInput = z.object({
  InstanceIds: z.array(z.string()).min(1).max(50, "Member must have length less than or equal to 50"),
  NextToken: z.string().optional(),
  MaxResults: z.int().min(10).max(100).optional(),
});
const patchesInput = z.object({
  InstanceId: z.string(),
  Filters: z
    .array(z.object({ Key: z.string().min(1).max(128), Values: z.array(z.string().min(1).max(256)) }))
    .max(5, "Member must have length less than or equal to 5")
    .optional(),
  NextToken: z.string().optional(),
  MaxResults: z.int().min(10).max(100).optional(),
});

function count(report: PatchReport, ...states: PatchStateName[]): number {
  return report.patches.filter((p) => states.includes(p.state)).length;
}

/** AWS's model: these counts take patches "missing, failed, rejected, or installed but awaiting a required reboot". */
const nonCompliantStates: readonly PatchStateName[] = [
  "Missing",
  "Failed",
  "InstalledRejected",
  "InstalledPendingReboot",
];

function nonCompliant(report: PatchReport, test: (p: Patch) => boolean): number {
  return report.patches.filter((p) => nonCompliantStates.includes(p.state) && test(p)).length;
}

const patchFields: Record<string, (p: Patch) => string> = {
  Classification: (p) => p.classification,
  KBId: (p) => p.kbId,
  Severity: (p) => p.severity,
  State: (p) => p.state,
};

export function patchOperations(fleet: AgentFleet) {
  return {
    DescribeInstancePatchStates: async (input: unknown) => {
      const req = parseInput(statesInput, input);
      const states = req.InstanceIds.flatMap((instanceId) => {
        const report = fleet.agent(instanceId).patches;
        if (!report) return [];
        return [
          {
            InstanceId: instanceId,
            PatchGroup: report.patchGroup,
            BaselineId: report.baselineId,
            InstalledCount: count(report, "Installed"),
            InstalledOtherCount: count(report, "InstalledOther"),
            InstalledPendingRebootCount: count(report, "InstalledPendingReboot"),
            InstalledRejectedCount: count(report, "InstalledRejected"),
            MissingCount: count(report, "Missing"),
            FailedCount: count(report, "Failed"),
            UnreportedNotApplicableCount: 0,
            NotApplicableCount: count(report, "NotApplicable"),
            AvailableSecurityUpdateCount: count(report, "AvailableSecurityUpdate"),
            OperationStartTime: epochSeconds(report.operationStart),
            OperationEndTime: epochSeconds(report.operationEnd),
            Operation: report.operation,
            RebootOption: report.rebootOption,
            CriticalNonCompliantCount: nonCompliant(report, (p) => p.severity === "Critical"),
            SecurityNonCompliantCount: nonCompliant(report, (p) => p.classification === "Security"),
            OtherNonCompliantCount: nonCompliant(report, (p) => p.classification !== "Security"),
          },
        ];
      });
      const page = paginate(states, req.MaxResults ?? 50, req.NextToken, pageScope("DescribeInstancePatchStates", req));
      return { InstancePatchStates: page.items, NextToken: page.nextToken };
    },
    DescribeInstancePatches: async (input: unknown) => {
      const req = parseInput(patchesInput, input);
      const report = fleet.agent(req.InstanceId).patches;
      if (!report) throw new AwsError("InvalidInstanceId", `Instance ${req.InstanceId} has no patch state.`);
      for (const f of req.Filters ?? []) {
        if (!(f.Key in patchFields)) throw new AwsError("InvalidFilter", `The filter key ${f.Key} is not valid.`);
      }
      const patches = report.patches.filter((p) =>
        (req.Filters ?? []).every((f) => f.Values.includes(patchFields[f.Key]?.(p) ?? "")),
      );
      const page = paginate(patches, req.MaxResults ?? 50, req.NextToken, pageScope("DescribeInstancePatches", req));
      return {
        Patches: page.items.map((p) => ({
          Title: p.title,
          KBId: p.kbId,
          Classification: p.classification,
          Severity: p.severity,
          State: p.state,
          InstalledTime: epochSeconds(p.installedTime ?? new Date(0)),
          CVEIds: p.cveIds,
        })),
        NextToken: page.nextToken,
      };
    },
  };
}
