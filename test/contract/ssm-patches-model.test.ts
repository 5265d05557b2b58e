import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPatchState } from "../../actions/lib/adapters/aws/patch-states.js";
import { type AwsServerHandle, startAwsServer } from "../localcloud/aws/server.js";

/**
 * The local cloud's patch operations against AWS's own API model: botocore's service-2.json for SSM, from this
 * machine's Python. moto implements neither operation, so the model is the oracle: every member answered is one the
 * model names, every required member is there, and the request limits are the model's.
 */

interface Shape {
  type: string;
  members?: Record<string, { shape: string }>;
  required?: string[];
  member?: { shape: string };
  enum?: string[];
  min?: number;
  max?: number;
}

let shapes: Record<string, Shape>;
let aws: AwsServerHandle;
const instanceId = "i-0123456789abcdef0";

beforeAll(async () => {
  const script = [
    "import botocore.loaders, json",
    "print(json.dumps(botocore.loaders.Loader().load_service_model('ssm', 'service-2')['shapes']))",
  ].join("\n");
  shapes = JSON.parse(execFileSync("python3", ["-c", script], { encoding: "utf8", maxBuffer: 64 * 2 ** 20 }));
  aws = await startAwsServer();
  const end = new Date("2026-11-29T00:00:00Z");
  aws.ssm.setPatchState(instanceId, {
    operationStart: end,
    operationEnd: end,
    patches: [
      { title: "openssl", kbId: "openssl", state: "Missing", severity: "Critical" },
      { title: "linux-image", kbId: "linux-image", state: "InstalledPendingReboot" },
      { title: "old-lib", kbId: "old-lib", state: "InstalledRejected", severity: "Critical" },
      { title: "bash", kbId: "bash", state: "Installed", installedTime: end },
      { title: "vim", kbId: "vim", state: "InstalledOther" },
    ],
  });
});

afterAll(async () => {
  await aws?.close();
});

async function call(operation: string, input: object): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(aws.url, {
    method: "POST",
    headers: {
      "content-type": "application/x-amz-json-1.1",
      "x-amz-target": `AmazonSSM.${operation}`,
      authorization: "AWS4-HMAC-SHA256 Credential=local/20261130/ap-northeast-1/ssm/aws4_request",
    },
    body: JSON.stringify(input),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** The members of `value` that the model's structure does not name, and the required ones it lacks. */
function misfits(shapeName: string, value: Record<string, unknown>): string[] {
  const shape = shapes[shapeName];
  if (shape?.members === undefined) return [`${shapeName} is not a structure`];
  const unknown = Object.keys(value).filter((k) => !(k in (shape.members ?? {})));
  const missing = (shape.required ?? []).filter((k) => !(k in value));
  return [...unknown.map((k) => `${shapeName}.${k} unknown`), ...missing.map((k) => `${shapeName}.${k} missing`)];
}

describe("the local cloud's patch operations against botocore's model", () => {
  it("answers DescribeInstancePatchStates with the model's members, and counts non-compliance as it documents", async () => {
    const { status, body } = await call("DescribeInstancePatchStates", { InstanceIds: [instanceId] });
    expect(status).toBe(200);
    expect(misfits("DescribeInstancePatchStatesResult", body)).toEqual([]);
    const [state] = body.InstancePatchStates as Record<string, unknown>[];
    expect(misfits("InstancePatchState", state ?? {})).toEqual([]);
    // "missing, failed installation, rejected, or installed but awaiting a required reboot": critical ones here.
    expect(state).toMatchObject({ MissingCount: 1, InstalledPendingRebootCount: 1, CriticalNonCompliantCount: 2 });
  });

  it("answers DescribeInstancePatches with the model's members and a state that names one of its enum", async () => {
    const { status, body } = await call("DescribeInstancePatches", { InstanceId: instanceId });
    expect(status).toBe(200);
    expect(misfits("DescribeInstancePatchesResult", body)).toEqual([]);
    const patches = body.Patches as Record<string, unknown>[];
    expect(patches).toHaveLength(5);
    const states = shapes.PatchComplianceDataState?.enum ?? [];
    for (const patch of patches) {
      expect(misfits("PatchComplianceData", patch)).toEqual([]);
      // The service answers "Missing" where the model's enum says MISSING; both name the same state.
      const state = readPatchState(String(patch.State));
      expect(states.map((s) => readPatchState(s))).toContain(state);
    }
  });

  it("refuses what the model's limits refuse", async () => {
    const ids = Array.from(
      { length: (shapes.InstanceIdList?.max ?? 0) + 1 },
      (_, i) => `i-${String(i).padStart(17, "0")}`,
    );
    expect((await call("DescribeInstancePatchStates", { InstanceIds: ids })).body.__type).toContain(
      "ValidationException",
    );
    const page = shapes.PatchComplianceMaxResults;
    for (const size of [(page?.min ?? 0) - 1, (page?.max ?? 0) + 1]) {
      const answer = await call("DescribeInstancePatches", { InstanceId: instanceId, MaxResults: size });
      expect(answer.body.__type, `MaxResults ${size}`).toContain("ValidationException");
    }
    const filters = Array.from({ length: (shapes.PatchOrchestratorFilterList?.max ?? 0) + 1 }, () => ({
      Key: "State",
      Values: ["Missing"],
    }));
    const tooMany = await call("DescribeInstancePatches", { InstanceId: instanceId, Filters: filters });
    expect(tooMany.body.__type).toContain("ValidationException");
  });
});
