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
import type { CommandRequest, SsmCommands } from "../../../actions/lib/adapters/aws/ssm-commands.js";
import { type Clock, silentLog } from "../../../actions/lib/core/ports.js";
import { parseResultLine } from "../../../actions/lib/core/result-line.js";
import { type ApplyDeps, applyPlan } from "../../../actions/lib/flows/provision/apply.js";
import { planProvision } from "../../../actions/lib/flows/provision/plan.js";
import { answerToolkitDocument } from "../../localcloud/aws/ssm/agents/toolkit-answers.js";
import { defaultOrcaState, firstBooting, type OrcaState } from "../../localcloud/orca/state.js";
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

/**
 * The command runner's port, answering orca-healthcheck with the line the real script prints for each instance's
 * ORCA at that round (1 first); the requests it got are kept.
 */
function fakeCommands(orcaOf: (instanceId: string, round: number) => OrcaState = () => defaultOrcaState()) {
  const requests: CommandRequest[] = [];
  const commands: SsmCommands = {
    find: async () => [],
    list: async () => [],
    async run(request) {
      requests.push(request);
      const round = requests.length;
      const outcomes = request.instanceIds.map((instanceId) => {
        const { stdout, exitCode } = answerToolkitDocument(
          "orca-healthcheck",
          { instanceId },
          orcaOf(instanceId, round),
          { probeTimeoutSeconds: [...(request.parameters?.probeTimeoutSeconds ?? [])] },
          fixedClock.now(),
        );
        return {
          instanceId,
          commandId: `c-${round}`,
          end: exitCode === 0 ? ("success" as const) : ("failed" as const),
          statusDetails: exitCode === 0 ? "Success" : "Failed",
          responseCode: exitCode,
          output: stdout,
          fullOutput: exitCode !== 0,
          result: parseResultLine(stdout),
        };
      });
      return { sent: [`c-${round}`], resumed: [], outcomes, unfinished: [], commands: [] };
    },
  };
  return { commands, requests };
}

function deps(time = fakeTime(), commands: SsmCommands = fakeCommands().commands): ApplyDeps {
  return {
    aws: {
      ec2: createEc2Fleet(new EC2Client({ region: "ap-northeast-1" })),
      launches: createEc2Launches(new EC2Client({ region: "ap-northeast-1" })),
      agents: createSsmAgents(new SSMClient({ region: "ap-northeast-1" })),
      parameterLookup: createParameterLookup(new SSMClient({ region: "ap-northeast-1" })),
      commands,
      documents: { exists: async () => true },
    },
    clock: time.clock,
    sleep: time.sleep,
    log: silentLog,
    concurrency: 2,
    waitTimeoutMs: 60_000,
    waitIntervalMs: 10_000,
    ready: { firstBootMs: 20 * 60_000, probeTimeoutSeconds: 10, firstPauseMs: 5_000, maxPauseMs: 60_000 },
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
      instances: [instance("i-0aaa0aaa0aaa0aaa0", "kita-geka")],
      clock: fixedClock,
    });
    const result = await applyPlan({ plan: later, fleet, ami, found: later.present }, deps());
    expect(ec2.commandCalls(RunInstancesCommand)).toHaveLength(2);
    expect(result.results.map((r) => [r.clinicId, r.instance?.instanceId ?? ""])).toEqual([
      ["aoba-naika", expect.stringMatching(/^i-0+\d$/)],
      ["kita-geka", "i-0aaa0aaa0aaa0aaa0"],
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

  it("calls a clinic ready only once ORCA answers, re-probing with backoff only the servers still booting", async () => {
    const probes = fakeCommands((id, round) =>
      id.endsWith("2") && round < 3 ? firstBooting(defaultOrcaState()) : defaultOrcaState(),
    );
    const time = fakeTime();
    const result = await applyPlan({ plan, fleet, ami, found: [] }, deps(time, probes.commands));
    expect(result.results.map((r) => [r.clinicId, r.outcome, r.orca])).toEqual([
      ["aoba-naika", "ready", "healthy"],
      ["kita-geka", "ready", "healthy"],
      ["minato-ganka", "ready", "healthy"],
    ]);
    expect(probes.requests.map((r) => [r.document, r.instanceIds.length, r.identity])).toEqual([
      ["orca-healthcheck", 3, "orca-fleet provision local probe 1"],
      ["orca-healthcheck", 1, "orca-fleet provision local probe 2"],
      ["orca-healthcheck", 1, "orca-fleet provision local probe 3"],
    ]);
    // No pause in the agent wait (every agent Online at once); then the probes' 5 s and 10 s.
    expect(time.slept).toEqual([5_000, 10_000]);
  });

  it("takes masters behind as serving: their update is a person's step in ORCA, not the first boot's", async () => {
    const probes = fakeCommands(() => ({ ...defaultOrcaState(), mastersBehind: ["点数マスタ"] }));
    const result = await applyPlan({ plan, fleet, ami, found: [] }, deps(fakeTime(), probes.commands));
    expect(result.results.map((r) => [r.outcome, r.orca])).toEqual(Array(3).fill(["ready", "masters-behind"]));
  });

  it("reports a first boot that never brought ORCA up as failed, and a server that does not answer yet, at the bound", async () => {
    const probes = fakeCommands((id) =>
      id.endsWith("1")
        ? firstBooting(defaultOrcaState())
        : id.endsWith("2")
          ? { ...defaultOrcaState(), health: "hung" }
          : defaultOrcaState(),
    );
    const time = fakeTime();
    const result = await applyPlan({ plan, fleet, ami, found: [] }, deps(time, probes.commands));
    expect(result.results.map((r) => [r.outcome, r.orca, r.problem?.code])).toEqual([
      ["not-ready", "unreachable", "FirstBootFailed"],
      ["not-ready", "timeout", "OrcaNotAnswering"],
      ["ready", "healthy", undefined],
    ]);
    expect(result.results[0]?.problem?.detail).toMatch(/orca not active/);
    expect(result.results[0]?.problem?.hint.ja).toMatch(/orca-fleet-setup-orca/);
    expect(result.results[1]?.problem?.hint.en).toMatch(/provision\.firstBootMinutes/);
    // Re-probed until the twenty minutes were up, never past them, pausing at most a minute.
    const slept = time.slept.reduce((a, b) => a + b, 0);
    expect(slept).toBeLessThanOrEqual(20 * 60_000);
    expect(slept).toBeGreaterThan(19 * 60_000 - 60_000);
    expect(Math.max(...time.slept)).toBe(60_000);
    expect(probes.requests.slice(1).every((r) => r.instanceIds.length === 2)).toBe(true);
  });

  it("launches nothing when nothing needs creating and nothing was found", async () => {
    const empty = planProvision({ clinics: [], instances: [], clock: fixedClock });
    expect(await applyPlan({ plan: empty, fleet, found: [] }, deps())).toEqual({ results: [] });
    expect(ec2.commandCalls(RunInstancesCommand)).toHaveLength(0);
  });
});
