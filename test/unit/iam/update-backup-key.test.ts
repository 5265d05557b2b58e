import { describe, expect, it } from "vitest";
import { parseResultLine } from "../../../actions/lib/core/result-line.js";
import { readPolicy } from "../../../infra/policy-source.js";
import { answerToolkitDocument } from "../../localcloud/aws/ssm/agents/toolkit-answers.js";
import { defaultOrcaState } from "../../localcloud/orca/state.js";

/**
 * orca-update's backup key (as the simulator prints it; test/unit/ssm-documents/update-contract holds the real script
 * to the same key) falls under the one prefix the clinic's instance role may write, and two instances sent the same
 * backupPrefix in one SendCommand get different keys.
 */
const bucket = "orca-fleet-backups-test";
const params = { targetRelease: ["5.2.1"], backupBucket: [bucket], backupPrefix: ["rollout/5.2.1/canary-w0"] };

function keyOf(instanceId: string, clinicId: string): string {
  const run = answerToolkitDocument("orca-update", { instanceId, clinicId }, defaultOrcaState(), params, new Date());
  const parsed = parseResultLine(run.stdout);
  if (!parsed.ok || parsed.result.document !== "orca-update" || parsed.result.backup === null)
    throw new Error(run.stdout);
  return parsed.result.backup.key;
}

describe("orca-update's backup key and the instance role", () => {
  it("writes under the clinic's own prefix, one key per instance", () => {
    const put = readPolicy("instance.policy.json").Statement.find((s) => s.Action.includes("s3:PutObject"));
    const resource = typeof put?.Resource === "string" ? put.Resource : "";
    expect(resource).toBe("arn:aws:s3:::BACKUP_BUCKET/CLINIC_ID/*");
    const allowed = (clinicId: string, key: string) =>
      `arn:aws:s3:::${bucket}/${key}`.startsWith(
        resource.replace("BACKUP_BUCKET", bucket).replace("CLINIC_ID", clinicId).replace(/\*$/, ""),
      );
    const a = keyOf("i-0aaaaaaaaaaaaaaa1", "sakura-clinic");
    const b = keyOf("i-0bbbbbbbbbbbbbbb2", "sakura-clinic");
    expect(allowed("sakura-clinic", a)).toBe(true);
    expect(allowed("momiji-clinic", a)).toBe(false);
    expect(a).toMatch(
      /^sakura-clinic\/rollout\/5\.2\.1\/canary-w0\/i-0aaaaaaaaaaaaaaa1\/\d{8}T\d{6}Z-orca-5\.2\.0\.dump$/,
    );
    expect(b).toContain("/i-0bbbbbbbbbbbbbbb2/");
  });
});
