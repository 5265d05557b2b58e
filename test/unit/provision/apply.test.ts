import {
  DescribeInstancesCommand,
  type DescribeInstancesCommandInput,
  EC2Client,
  EC2ServiceException,
  RunInstancesCommand,
  type RunInstancesCommandInput,
} from "@aws-sdk/client-ec2";
import { DescribeInstanceInformationCommand, GetParameterCommand, SSMClient } from "@aws-sdk/client-ssm";
import { mockClient } from "aws-sdk-client-mock";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createEc2Fleet } from "../../../actions/lib/adapters/aws/ec2-inventory.js";
import { createEc2Launches } from "../../../actions/lib/adapters/aws/ec2-launches.js";
import { createParameterLookup } from "../../../actions/lib/adapters/aws/parameter-lookup.js";
import { createSsmAgents } from "../../../actions/lib/adapters/aws/ssm-agents.js";
import { type Clock, silentLog } from "../../../actions/lib/core/ports.js";
import { type ApplyDeps, applyPlan } from "../../../actions/lib/flows/provision/apply.js";
import { planProvision } from "../../../actions/lib/flows/provision/plan.js";
import { clinic, fixedClock, fleet, instance } from "./fixtures.js";

const ec2 = mockClient(EC2Client);
const ssm = mockClient(SSMClient);
// Unit files share a worker's modules (vitest.config.ts): the next file must get the clients' own send back.
afterAll(() => {
  ec2.restore();
  ssm.restore();
});

/** A clock that sleeping moves forward, so waits take no real time. */
function fakeTime(): { clock: Clock; sleep: (ms: number) => Promise<void>; slept: number[] } {
  let now = fixedClock.now().getTime();
  const slept: number[] = [];
  return {
    clock: { now: () => new Date(now) },
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
    slept,
  };
}

function deps(time = fakeTime()): ApplyDeps {
  return {
    aws: {
      ec2: createEc2Fleet(new EC2Client({ region: "ap-northeast-1" })),
      launches: createEc2Launches(new EC2Client({ region: "ap-northeast-1" })),
      agents: createSsmAgents(new SSMClient({ region: "ap-northeast-1" })),
      parameterLookup: createParameterLookup(new SSMClient({ region: "ap-northeast-1" })),
    },
    clock: time.clock,
    sleep: time.sleep,
    log: silentLog,
    concurrency: 2,
    waitTimeoutMs: 60_000,
    waitIntervalMs: 10_000,
  };
}

function awsError(name: string, message: string): EC2ServiceException {
  return new EC2ServiceException({ name, $fault: "client", $metadata: {}, message });
}

/** Instances "launched" so far, described by id as EC2 would, each running at once. */
let launched: Map<string, string>;

beforeEach(() => {
  ec2.reset();
  ssm.reset();
  launched = new Map();
  ssm.on(GetParameterCommand).resolves({ Parameter: { Value: "ami-0123456789abcdef0", Version: 3 } });
  ec2.on(RunInstancesCommand).callsFake((input: RunInstancesCommandInput) => {
    const id = `i-${String(launched.size + 1).padStart(17, "0")}`;
    const clinicId = input.TagSpecifications?.[0]?.Tags?.[0]?.Value ?? "";
    launched.set(id, clinicId);
    return { Instances: [{ InstanceId: id }] };
  });
  ec2.on(DescribeInstancesCommand).callsFake((input: DescribeInstancesCommandInput) => ({
    Reservations: [
      {
        Instances: (input.InstanceIds ?? []).map((id) => ({
          InstanceId: id,
          State: { Name: "running" },
          PrivateIpAddress: "10.0.3.7",
          Tags: [{ Key: "orca-fleet:clinic", Value: launched.get(id) }],
        })),
      },
    ],
  }));
  ssm.on(DescribeInstanceInformationCommand).callsFake((input: { Filters?: { Values?: string[] }[] }) => ({
    InstanceInformationList: (input.Filters?.[0]?.Values ?? []).map((id) => ({ InstanceId: id, PingStatus: "Online" })),
  }));
});

describe("applyPlan", () => {
  const clinics = [clinic("aoba-naika"), clinic("kita-geka"), clinic("minato-ganka")];
  const plan = planProvision({ clinics, instances: [], clock: fixedClock });
  const ami = { amiId: "ami-0123456789abcdef0", selector: "/orca-fleet/golden-ami:current", version: 3 };

  it("launches every planned clinic from the resolved AMI and waits in batched calls", async () => {
    const result = await applyPlan({ plan, fleet, ami, found: [] }, deps());
    expect(result.ami).toEqual({
      amiId: "ami-0123456789abcdef0",
      selector: "/orca-fleet/golden-ami:current",
      version: 3,
    });
    expect(result.results.map((r) => [r.clinicId, r.outcome, r.instance?.privateIpAddress])).toEqual([
      ["aoba-naika", "ready", "10.0.3.7"],
      ["kita-geka", "ready", "10.0.3.7"],
      ["minato-ganka", "ready", "10.0.3.7"],
    ]);
    expect(ec2.commandCalls(RunInstancesCommand)).toHaveLength(3);
    // One described batch; one agent batch.
    expect(ec2.commandCalls(DescribeInstancesCommand)).toHaveLength(1);
    expect(ssm.commandCalls(DescribeInstanceInformationCommand)).toHaveLength(1);
  });

  it("reports the found instances of clinics an earlier run launched, and launches only what is missing", async () => {
    const later = planProvision({
      clinics,
      instances: [instance("i-0aaa", "kita-geka")],
      clock: fixedClock,
    });
    const result = await applyPlan({ plan: later, fleet, ami, found: later.present }, deps());
    expect(ec2.commandCalls(RunInstancesCommand)).toHaveLength(2);
    expect(result.results.map((r) => [r.clinicId, r.instance?.instanceId ?? ""])).toEqual([
      ["aoba-naika", expect.stringMatching(/^i-0+\d$/)],
      ["kita-geka", "i-0aaa"],
      ["minato-ganka", expect.stringMatching(/^i-0+\d$/)],
    ]);
  });

  it("reports one clinic's failure for that clinic and provisions the others", async () => {
    ec2
      .on(RunInstancesCommand, { ClientToken: "orca-fleet-kita-geka" })
      .rejects(awsError("InvalidSubnetID.NotFound", "The subnet ID 'subnet-0f4d6b8a2c1e3579a' does not exist"));
    const result = await applyPlan({ plan, fleet, ami, found: [] }, deps());
    expect(result.results.map((r) => [r.clinicId, r.outcome, r.problem?.code])).toEqual([
      ["aoba-naika", "ready", undefined],
      ["kita-geka", "failed", "InvalidSubnetID.NotFound"],
      ["minato-ganka", "ready", undefined],
    ]);
    expect(result.results[1]?.problem?.hint.en).toMatch(/fleet\.yml subnets/);
  });

  it("explains IdempotentParameterMismatch by the error's name, whatever its message says", async () => {
    ec2
      .on(RunInstancesCommand, { ClientToken: "orca-fleet-aoba-naika" })
      .rejects(awsError("IdempotentParameterMismatch", "some wording AWS may change"));
    const result = await applyPlan({ plan, fleet, ami, found: [] }, deps());
    const problem = result.results[0]?.problem;
    expect(problem?.code).toBe("IdempotentParameterMismatch");
    expect(problem?.hint.en).toMatch(/never makes a second instance under a new token/);
    expect(problem?.hint.ja).toMatch(/ClientToken/);
  });

  it("gives up waiting at the bound and reports what was not ready", async () => {
    ssm.on(DescribeInstanceInformationCommand).resolves({ InstanceInformationList: [] });
    const time = fakeTime();
    const result = await applyPlan({ plan, fleet, ami, found: [] }, deps(time));
    expect(result.results.every((r) => r.outcome === "not-ready" && r.problem?.code === "NotReady")).toBe(true);
    expect(time.slept.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(60_000);
    // Each round asks about all three in one call per service, not one call per instance.
    const rounds = time.slept.length + 1;
    expect(ssm.commandCalls(DescribeInstanceInformationCommand)).toHaveLength(rounds);
  });

  it("launches nothing when nothing needs creating and nothing was found", async () => {
    const empty = planProvision({ clinics: [], instances: [], clock: fixedClock });
    expect(await applyPlan({ plan: empty, fleet, found: [] }, deps())).toEqual({ results: [] });
    expect(ec2.commandCalls(RunInstancesCommand)).toHaveLength(0);
  });
});
