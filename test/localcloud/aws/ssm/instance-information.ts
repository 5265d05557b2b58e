import { z } from "zod";
import { AwsError, type InstanceView } from "../types.js";
import type { AgentFleet, PingStatus } from "./agents/fleet.js";
import { epochSeconds, pageScope, paginate, parseInput } from "./wire.js";

/** The agent version every simulated instance reports (the one the golden AMI would carry). */
export const agentVersion = "3.3.1611.0";

const infoInput = z.object({
  InstanceInformationFilterList: z
    .array(
      z.object({
        key: z.enum(["InstanceIds", "AgentVersion", "PingStatus", "PlatformTypes", "ResourceType"]),
        valueSet: z.array(z.string()).min(1),
      }),
    )
    .optional(),
  Filters: z.array(z.object({ Key: z.string().min(1), Values: z.array(z.string()).min(1) })).optional(),
  MaxResults: z
    .int()
    .min(5, "Member must have value greater than or equal to 5")
    .max(50, "Member must have value less than or equal to 50")
    .optional(),
  NextToken: z.string().optional(),
});

const filterKeys = ["InstanceIds", "AgentVersion", "PingStatus", "PlatformTypes", "ResourceType", "tag-key"];

function knownFilterKey(key: string): boolean {
  return filterKeys.includes(key) || /^tag:.+/.test(key);
}

interface Row {
  view: InstanceView;
  ping: PingStatus;
}

function fieldValues(row: Row, key: string): string[] {
  switch (key) {
    case "InstanceIds":
      return [row.view.instanceId];
    case "AgentVersion":
      return [agentVersion];
    case "PingStatus":
      return [row.ping];
    case "PlatformTypes":
      return ["Linux"];
    case "ResourceType":
      return ["EC2Instance"];
    case "tag-key":
      return Object.keys(row.view.tags);
  }
  const value = row.view.tags[key.slice("tag:".length)];
  return value === undefined ? [] : [value];
}

export function describeInstanceInformation(fleet: AgentFleet, now: () => Date, region: string) {
  return async (input: unknown) => {
    const req = parseInput(infoInput, input);
    if (req.InstanceInformationFilterList && req.Filters) {
      throw new AwsError("InvalidFilter", "Use either InstanceInformationFilterList or Filters, not both.");
    }
    const filters = [
      ...(req.InstanceInformationFilterList ?? []).map((f) => ({ key: f.key, values: f.valueSet })),
      ...(req.Filters ?? []).map((f) => ({ key: f.Key, values: f.Values })),
    ];
    const nowMs = now().getTime();
    function* rows(): Iterable<Row> {
      for (const view of fleet.managedInstances()) {
        const ping = fleet.pingStatus(view, nowMs);
        if (ping === undefined) continue;
        const row = { view, ping };
        const keep = filters.every((f) => fieldValues(row, f.key).some((v) => f.values.includes(v)));
        if (keep) yield row;
      }
    }
    // Keys are checked before any instance is read, so an empty fleet refuses a bad key too.
    const unknownKey = filters.find((f) => !knownFilterKey(f.key));
    if (unknownKey) throw new AwsError("InvalidFilterKey", `The filter key ${unknownKey.key} is not valid.`);
    const page = paginate(rows(), req.MaxResults ?? 50, req.NextToken, pageScope("DescribeInstanceInformation", req));
    return {
      InstanceInformationList: page.items.map(({ view, ping }) => ({
        InstanceId: view.instanceId,
        PingStatus: ping,
        LastPingDateTime: epochSeconds(ping === "Online" ? now() : view.launchTime),
        AgentVersion: agentVersion,
        IsLatestVersion: true,
        PlatformType: "Linux",
        PlatformName: "Ubuntu",
        PlatformVersion: "22.04",
        ResourceType: "EC2Instance",
        IPAddress: view.privateIpAddress,
        ComputerName: `ip-${view.privateIpAddress.replaceAll(".", "-")}.${region}.compute.internal`,
        SourceId: view.instanceId,
        SourceType: "AWS::EC2::Instance",
      })),
      NextToken: page.nextToken,
    };
  };
}
