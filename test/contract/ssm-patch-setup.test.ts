import { execFileSync } from "node:child_process";
import {
  CreateAssociationCommand,
  CreatePatchBaselineCommand,
  DescribePatchBaselinesCommand,
  ListAssociationsCommand,
} from "@aws-sdk/client-ssm";
import { describe, expect, it } from "vitest";
import { answerOf, errorOf, fieldsOf, ssmOracleForFile } from "./ssm-oracle.js";

/**
 * The patch setup the fleet's stack creates, as the local cloud serves it for doctor: baselines held to moto (which
 * implements them), associations to botocore's model (moto does not implement them): every member answered is one
 * the model names, every required one is there, and the filter keys are the model's.
 */
const oracle = ssmOracleForFile();

interface Shape {
  members?: Record<string, { shape: string }>;
  required?: string[];
  enum?: string[];
}
const shapes: Record<string, Shape> = JSON.parse(
  execFileSync(
    "python3",
    [
      "-c",
      "import botocore.loaders, json\nprint(json.dumps(botocore.loaders.Loader().load_service_model('ssm', 'service-2')['shapes']))",
    ],
    { encoding: "utf8", maxBuffer: 64 * 2 ** 20 },
  ),
);

function misfits(shapeName: string, value: object): string[] {
  const shape = shapes[shapeName];
  const keys = fieldsOf(value);
  const unknown = keys.filter((k) => !(k in (shape?.members ?? {})));
  const missing = (shape?.required ?? []).filter((k) => !keys.includes(k));
  return [...unknown.map((k) => `${shapeName}.${k} unknown`), ...missing.map((k) => `${shapeName}.${k} missing`)];
}

const baseline = {
  Name: "orca-fleet-ubuntu",
  OperatingSystem: "UBUNTU" as const,
  Description: "orca-fleet: Ubuntu 22.04 updates",
  ApprovalRules: {
    PatchRules: [
      {
        PatchFilterGroup: { PatchFilters: [{ Key: "PRODUCT" as const, Values: ["Ubuntu22.04"] }] },
        ComplianceLevel: "HIGH" as const,
      },
    ],
  },
};
// The whole name as the prefix, as doctor asks: moto matches NAME_PREFIX against whole names only.
const ours = [
  { Key: "NAME_PREFIX", Values: ["orca-fleet-ubuntu"] },
  { Key: "OWNER", Values: ["Self"] },
];

describe("patch baselines, moto vs the local cloud", () => {
  it("creates a baseline and finds it by name prefix among the account's own, with the same members", async () => {
    const created = await oracle.both((c) => c.send(new CreatePatchBaselineCommand(baseline)));
    expect(answerOf(created.local).BaselineId).toMatch(/^pb-[0-9a-f]{17}$/);
    expect(answerOf(created.moto).BaselineId).toMatch(/^pb-/);
    const found = await oracle.both((c) => c.send(new DescribePatchBaselinesCommand({ Filters: ours })));
    const [moto, local] = [answerOf(found.moto), answerOf(found.local)];
    const view = (ids: typeof local.BaselineIdentities) =>
      (ids ?? [])
        .filter((b) => b.BaselineName?.startsWith("orca-fleet-"))
        .map((b) => [b.BaselineName, b.OperatingSystem]);
    expect(view(local.BaselineIdentities)).toEqual([["orca-fleet-ubuntu", "UBUNTU"]]);
    expect(view(local.BaselineIdentities)).toEqual(view(moto.BaselineIdentities));
    for (const identity of local.BaselineIdentities ?? [])
      expect(misfits("PatchBaselineIdentity", identity)).toEqual([]);
  });

  it("refuses more filters than the model allows", async () => {
    const filters = Array.from({ length: 6 }, () => ({ Key: "OWNER", Values: ["Self"] }));
    const refused = await oracle.both((c) => c.send(new DescribePatchBaselinesCommand({ Filters: filters })));
    expect(errorOf(refused.local)).toBe("ValidationException");
  });
});

describe("State Manager associations against botocore's model", () => {
  it("answers CreateAssociation and ListAssociations with the model's members, found by association name", async () => {
    const { local } = oracle.clients;
    const created = await local.send(
      new CreateAssociationCommand({
        Name: "AWS-RunPatchBaseline",
        AssociationName: "orca-fleet-patch-scan",
        Parameters: { Operation: ["Scan"] },
        Targets: [{ Key: "tag:orca-fleet:managed-by", Values: ["orca-fleet"] }],
        ScheduleExpression: "rate(1 day)",
        ComplianceSeverity: "HIGH",
      }),
    );
    expect(misfits("CreateAssociationResult", created)).toEqual([]);
    expect(misfits("AssociationDescription", created.AssociationDescription ?? {})).toEqual([]);
    const listed = await local.send(
      new ListAssociationsCommand({
        AssociationFilterList: [{ key: "AssociationName", value: "orca-fleet-patch-scan" }],
      }),
    );
    expect(misfits("ListAssociationsResult", listed)).toEqual([]);
    expect(listed.Associations).toHaveLength(1);
    for (const a of listed.Associations ?? []) expect(misfits("Association", a)).toEqual([]);
    expect(listed.Associations?.[0]).toMatchObject({
      Name: "AWS-RunPatchBaseline",
      AssociationId: created.AssociationDescription?.AssociationId,
      Targets: [{ Key: "tag:orca-fleet:managed-by", Values: ["orca-fleet"] }],
    });
  });

  it("takes exactly the model's association filter keys", async () => {
    const { local } = oracle.clients;
    const keys = shapes.AssociationFilterKey?.enum ?? [];
    expect(keys).toContain("AssociationName");
    const refused = await local
      .send(new ListAssociationsCommand({ AssociationFilterList: [{ key: "NoSuchKey" as "Name", value: "x" }] }))
      .catch((e: Error) => e.name);
    expect(refused).toBe("ValidationException");
  });
});
