import { randomBytes, randomUUID } from "node:crypto";
import { z } from "zod";
import { AwsError } from "../../types.js";
import { epochSeconds, pageScope, paginate, parseInput } from "../wire.js";

/**
 * What the fleet's stack sets up for Patch Manager, served minimally for doctor and docs/deploy.md: patch baselines
 * (CreatePatchBaseline, DescribePatchBaselines; moto implements both and is their oracle) and State Manager
 * associations (CreateAssociation, ListAssociations; moto implements neither, botocore's model is their oracle).
 * Only the account's own baselines are held: AWS's predefined ones are not seeded.
 */

const operatingSystems = [
  "WINDOWS",
  "AMAZON_LINUX",
  "AMAZON_LINUX_2",
  "AMAZON_LINUX_2022",
  "UBUNTU",
  "REDHAT_ENTERPRISE_LINUX",
  "SUSE",
  "CENTOS",
  "ORACLE_LINUX",
  "DEBIAN",
  "MACOS",
  "RASPBIAN",
  "ROCKY_LINUX",
  "ALMA_LINUX",
  "AMAZON_LINUX_2023",
] as const;

const baselineName = z
  .string()
  .min(3)
  .max(128)
  .regex(/^[a-zA-Z0-9_\-.]{3,128}$/);
const createBaselineInput = z.object({
  Name: baselineName,
  OperatingSystem: z.enum(operatingSystems).optional(),
  Description: z.string().min(1).max(1024).optional(),
  ApprovalRules: z.unknown().optional(),
  GlobalFilters: z.unknown().optional(),
  ApprovedPatches: z.array(z.string()).max(50).optional(),
  RejectedPatches: z.array(z.string()).max(50).optional(),
  ClientToken: z.string().optional(),
  Tags: z
    .array(z.object({ Key: z.string(), Value: z.string() }))
    .max(1000)
    .optional(),
});
const describeBaselinesInput = z.object({
  Filters: z
    .array(z.object({ Key: z.string().min(1).max(128), Values: z.array(z.string().min(1).max(256)).min(1).max(20) }))
    .max(5, "Member must have length less than or equal to 5")
    .optional(),
  MaxResults: z.int().min(1).max(100).optional(),
  NextToken: z.string().optional(),
});
const target = z.object({
  Key: z
    .string()
    .min(1)
    .max(163)
    .regex(/^[\p{L}\p{Z}\p{N}_.:/=\-@]*$|resource-groups:ResourceTypeFilters|resource-groups:Name/u),
  Values: z.array(z.string()).max(50),
});
const createAssociationInput = z.object({
  Name: z.string().regex(/^[a-zA-Z0-9_\-.:/]{3,200}$/),
  AssociationName: z
    .string()
    .regex(/^[a-zA-Z0-9_\-.]{3,128}$/)
    .optional(),
  Parameters: z.record(z.string(), z.array(z.string())).optional(),
  Targets: z.array(target).max(5).optional(),
  InstanceId: z.string().optional(),
  ScheduleExpression: z.string().min(1).max(256).optional(),
  ComplianceSeverity: z.enum(["CRITICAL", "HIGH", "MEDIUM", "LOW", "UNSPECIFIED"]).optional(),
});
const associationFilterKeys = [
  "InstanceId",
  "Name",
  "AssociationId",
  "AssociationStatusName",
  "LastExecutedBefore",
  "LastExecutedAfter",
  "AssociationName",
  "ResourceGroupName",
] as const;
const listAssociationsInput = z.object({
  AssociationFilterList: z
    .array(z.object({ key: z.enum(associationFilterKeys), value: z.string().min(1) }))
    .min(1)
    .optional(),
  MaxResults: z.int().min(1).max(50).optional(),
  NextToken: z.string().optional(),
});

interface Baseline {
  id: string;
  name: string;
  operatingSystem: string;
  description?: string;
}

interface Association {
  id: string;
  name: string;
  associationName?: string;
  parameters?: Record<string, string[]>;
  targets: { Key: string; Values: string[] }[];
  scheduleExpression?: string;
  complianceSeverity?: string;
  created: Date;
}

/** The patch setup the local SSM holds; cleared with the rest of the service on reset. */
export class PatchSetupStore {
  readonly baselines = new Map<string, Baseline>();
  readonly associations = new Map<string, Association>();

  reset(): void {
    this.baselines.clear();
    this.associations.clear();
  }
}

function matchesBaseline(baseline: Baseline, filter: { Key: string; Values: string[] }): boolean {
  switch (filter.Key) {
    case "NAME_PREFIX":
      return filter.Values.some((v) => baseline.name.startsWith(v));
    case "OWNER":
      // Every baseline held here is the account's own.
      return filter.Values.some((v) => v === "Self" || v === "All");
    case "OPERATING_SYSTEM":
      return filter.Values.includes(baseline.operatingSystem);
    default:
      throw new AwsError("InvalidFilterKey", `The filter key ${filter.Key} is not valid.`);
  }
}

function associationSummary(a: Association) {
  return {
    Name: a.name,
    AssociationId: a.id,
    AssociationVersion: "1",
    Targets: a.targets,
    ...(a.scheduleExpression === undefined ? {} : { ScheduleExpression: a.scheduleExpression }),
    ...(a.associationName === undefined ? {} : { AssociationName: a.associationName }),
    Overview: { Status: "Pending", DetailedStatus: "Creating" },
  };
}

export function patchSetupOperations(store: PatchSetupStore, now: () => Date) {
  return {
    CreatePatchBaseline: async (input: unknown) => {
      const req = parseInput(createBaselineInput, input);
      for (const b of store.baselines.values())
        if (b.name === req.Name)
          throw new AwsError("ResourceLimitExceededException", `A baseline named ${req.Name} exists.`);
      const id = `pb-${randomBytes(9).toString("hex").slice(0, 17)}`;
      store.baselines.set(id, {
        id,
        name: req.Name,
        operatingSystem: req.OperatingSystem ?? "WINDOWS",
        ...(req.Description === undefined ? {} : { description: req.Description }),
      });
      return { BaselineId: id };
    },
    DescribePatchBaselines: async (input: unknown) => {
      const req = parseInput(describeBaselinesInput, input);
      const found = [...store.baselines.values()].filter((b) =>
        (req.Filters ?? []).every((f) => matchesBaseline(b, f)),
      );
      const page = paginate(found, req.MaxResults ?? 50, req.NextToken, pageScope("DescribePatchBaselines", req));
      return {
        BaselineIdentities: page.items.map((b) => ({
          BaselineId: b.id,
          BaselineName: b.name,
          OperatingSystem: b.operatingSystem,
          ...(b.description === undefined ? {} : { BaselineDescription: b.description }),
          DefaultBaseline: false,
        })),
        NextToken: page.nextToken,
      };
    },
    CreateAssociation: async (input: unknown) => {
      const req = parseInput(createAssociationInput, input);
      if (req.Targets === undefined && req.InstanceId === undefined)
        throw new AwsError("ValidationException", "Either Targets or InstanceId must be given.");
      const association: Association = {
        id: randomUUID(),
        name: req.Name,
        targets: req.Targets ?? [{ Key: "InstanceIds", Values: [req.InstanceId ?? ""] }],
        created: now(),
        ...(req.AssociationName === undefined ? {} : { associationName: req.AssociationName }),
        ...(req.Parameters === undefined ? {} : { parameters: req.Parameters }),
        ...(req.ScheduleExpression === undefined ? {} : { scheduleExpression: req.ScheduleExpression }),
        ...(req.ComplianceSeverity === undefined ? {} : { complianceSeverity: req.ComplianceSeverity }),
      };
      store.associations.set(association.id, association);
      return {
        AssociationDescription: {
          ...associationSummary(association),
          Date: epochSeconds(association.created),
          LastUpdateAssociationDate: epochSeconds(association.created),
          ...(association.parameters === undefined ? {} : { Parameters: association.parameters }),
          ...(association.complianceSeverity === undefined
            ? {}
            : { ComplianceSeverity: association.complianceSeverity }),
        },
      };
    },
    ListAssociations: async (input: unknown) => {
      const req = parseInput(listAssociationsInput, input);
      const found = [...store.associations.values()].filter((a) =>
        (req.AssociationFilterList ?? []).every((f) => {
          if (f.key === "Name") return a.name === f.value;
          if (f.key === "AssociationName") return a.associationName === f.value;
          if (f.key === "AssociationId") return a.id === f.value;
          throw new AwsError("ValidationException", `The local cloud does not filter associations by ${f.key}.`);
        }),
      );
      const page = paginate(found, req.MaxResults ?? 50, req.NextToken, pageScope("ListAssociations", req));
      return { Associations: page.items.map(associationSummary), NextToken: page.nextToken };
    },
  };
}
