import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CloudFormationClient, DescribeStacksCommand } from "@aws-sdk/client-cloudformation";
import { mockClient } from "aws-sdk-client-mock";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "../../../actions/cli/main.js";
import { setupCommand } from "../../../actions/cli/setup-fleet.js";
import { describeStackOutputs } from "../../../actions/lib/adapters/aws/stack-outputs.js";

const work = mkdtempSync(join(tmpdir(), "setup-fleet-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const outputs = {
  Region: "ap-northeast-1",
  ZoneId: "Z0NEWZONE",
  Domain: "orca.fleet.internal",
  BackupBucket: "orca-fleet-backups-new",
  InstanceProfilePrefix: "orca-fleet-instance",
  SubnetPrivateA: "subnet-0aaaaaaaaaaaaaaaa",
  SecurityGroupOrcaApi: "sg-0111111111111111a",
};

function registry(): string {
  const dir = mkdtempSync(join(work, "clinics-"));
  cpSync("clinics/fleet.yml", join(dir, "fleet.yml"));
  return dir;
}

/** Through the CLI as registered, or straight into a command built with a stand-in CloudFormation. */
async function run(argv: string[], command?: ReturnType<typeof setupCommand>) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
  const code = command === undefined ? await cli(argv, io) : await command.run(argv.slice(1), io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("orca-fleet setup fleet", () => {
  it("fills fleet.yml from a cdk deploy --outputs-file file", async () => {
    const dir = registry();
    const file = join(work, "outputs.json");
    writeFileSync(file, JSON.stringify({ "orca-fleet-ap-northeast-1": outputs }));
    const result = await run(["setup", "fleet", "--outputs", file, "--clinics", dir]);
    expect(result).toMatchObject({
      code: 0,
      out: expect.stringContaining("dns.zoneId: Z04417562QX8HN3KVTB1E → Z0NEWZONE"),
    });
    const text = readFileSync(join(dir, "fleet.yml"), "utf8");
    expect(text).toContain("zoneId: Z0NEWZONE");
    expect(text).toContain("# The fleet's shared settings.");
    expect(await run(["setup", "fleet", "--outputs", file, "--clinics", dir])).toMatchObject({
      code: 0,
      out: expect.stringContaining("already has the stack's ids"),
    });
  });

  it("reads the named stack with DescribeStacks in fleet.yml's region", async () => {
    const dir = registry();
    const asked: string[] = [];
    const command = setupCommand(async (stack, region) => {
      asked.push(`${stack}@${region}`);
      return outputs;
    });
    expect(
      await run(["setup", "fleet", "--stack", "orca-fleet-ap-northeast-1", "--clinics", dir], command),
    ).toMatchObject({
      code: 0,
    });
    expect(asked).toEqual(["orca-fleet-ap-northeast-1@ap-northeast-1"]);
    expect(readFileSync(join(dir, "fleet.yml"), "utf8")).toContain("bucket: orca-fleet-backups-new");
  });

  it("leaves fleet.yml alone when the result would not validate, and exits 1", async () => {
    const dir = registry();
    const before = readFileSync(join(dir, "fleet.yml"), "utf8");
    const file = join(work, "bad-outputs.json");
    writeFileSync(file, JSON.stringify({ s: { ...outputs, Region: "us-east-1" } }));
    const result = await run(["setup", "fleet", "--outputs", file, "--clinics", dir]);
    expect(result.code).toBe(1);
    expect(result.err).toContain("was left as it was");
    expect(readFileSync(join(dir, "fleet.yml"), "utf8")).toBe(before);
  });

  it("says which stacks an outputs file holds when it cannot pick one, and exits 1", async () => {
    const file = join(work, "two.json");
    writeFileSync(file, JSON.stringify({ a: outputs, b: outputs }));
    const result = await run(["setup", "fleet", "--outputs", file, "--clinics", registry()]);
    expect(result).toMatchObject({ code: 1, err: expect.stringContaining("holds a, b: name one with --stack") });
  });

  it("exits 2 without a source or with another subcommand", async () => {
    expect(await run(["setup", "fleet"])).toMatchObject({ code: 2, err: expect.stringContaining("--stack NAME") });
    expect(await run(["setup", "repo", "--stack", "x"])).toMatchObject({ code: 2 });
  });
});

describe("describeStackOutputs", () => {
  it("returns the stack's outputs by key", async () => {
    const cloudformation = mockClient(CloudFormationClient);
    cloudformation.on(DescribeStacksCommand, { StackName: "s" }).resolves({
      Stacks: [
        {
          StackName: "s",
          CreationTime: new Date(),
          StackStatus: "CREATE_COMPLETE",
          Outputs: [
            { OutputKey: "ZoneId", OutputValue: "Z1" },
            { OutputKey: "Region", OutputValue: "ap-northeast-1" },
          ],
        },
      ],
    });
    expect(await describeStackOutputs(new CloudFormationClient({ region: "ap-northeast-1" }), "s")).toEqual({
      ZoneId: "Z1",
      Region: "ap-northeast-1",
    });
    cloudformation.restore();
  });
});
