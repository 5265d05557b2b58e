import { paginateDescribeInstanceInformation, type SSMClient } from "@aws-sdk/client-ssm";

/** DescribeInstanceInformation's InstanceIds filter takes at most 50 ids, and pages hold at most 50. */
const idsPerInformation = 50;

/** The SSM agents on the fleet's instances, as the flows need them. */
export interface SsmAgents {
  /** Each registered agent's PingStatus (Online, ConnectionLost, ...), by instance id; unregistered ones are absent. */
  pingStatuses(instanceIds: readonly string[]): Promise<Map<string, string>>;
}

export function createSsmAgents(ssm: SSMClient): SsmAgents {
  return {
    async pingStatuses(instanceIds) {
      const statuses = new Map<string, string>();
      for (let start = 0; start < instanceIds.length; start += idsPerInformation) {
        const batch = instanceIds.slice(start, start + idsPerInformation);
        const pages = paginateDescribeInstanceInformation(
          { client: ssm, pageSize: idsPerInformation },
          { Filters: [{ Key: "InstanceIds", Values: batch }] },
        );
        for await (const page of pages) {
          for (const info of page.InstanceInformationList ?? []) {
            if (info.InstanceId !== undefined && info.PingStatus !== undefined)
              statuses.set(info.InstanceId, info.PingStatus);
          }
        }
      }
      return statuses;
    },
  };
}
