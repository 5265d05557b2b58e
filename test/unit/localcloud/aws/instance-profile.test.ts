import { RunInstancesCommand } from "@aws-sdk/client-ec2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tagKeys } from "../../../../actions/lib/core/instance-tags.js";
import { ec2Client } from "../../../contract/moto/clients.js";
import { type AwsServerHandle, startAwsServer } from "../../../localcloud/aws/server.js";

/** Each clinic's own instance profile exists (infra makes one per clinic file); another clinic's is refused. */
describe("the local cloud's per-clinic instance profiles", () => {
  let aws: AwsServerHandle;
  beforeAll(async () => {
    aws = await startAwsServer();
  });
  afterAll(() => aws.close());

  const launch = (profile: string, clinic: string) => {
    const ec2 = ec2Client(aws.url);
    return ec2
      .send(
        new RunInstancesCommand({
          ImageId: aws.ec2.registerImage({ name: "orca-fleet-golden" }),
          MinCount: 1,
          MaxCount: 1,
          IamInstanceProfile: { Name: profile },
          TagSpecifications: [{ ResourceType: "instance", Tags: [{ Key: tagKeys.clinic, Value: clinic }] }],
        }),
      )
      .finally(() => ec2.destroy());
  };

  it("launches with the clinic's own profile and records its ARN", async () => {
    const answer = await launch("orca-fleet-instance-sapporo-kita", "sapporo-kita");
    expect(answer.Instances?.[0]?.IamInstanceProfile?.Arn).toBe(
      "arn:aws:iam::123456789012:instance-profile/orca-fleet/clinics/orca-fleet-instance-sapporo-kita",
    );
  });

  it("refuses another clinic's profile, and a profile that does not exist", async () => {
    await expect(launch("orca-fleet-instance-sendai-aoba", "sapporo-kita")).rejects.toMatchObject({
      name: "InvalidParameterValue",
    });
    await expect(launch("no-such-profile", "sapporo-kita")).rejects.toMatchObject({ name: "InvalidParameterValue" });
  });
});
