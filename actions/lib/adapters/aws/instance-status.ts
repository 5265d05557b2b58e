import { DescribeInstanceStatusCommand, type EC2Client } from "@aws-sdk/client-ec2";

/** DescribeInstanceStatus takes at most 100 instance ids a call. */
const idsPerStatus = 100;

/**
 * EC2's status checks of the given instances: "impaired" when the instance's or the system's check says so, else
 * the instance check's own word (ok, initializing, insufficient-data, not-applicable). Read only for instances the
 * sweep could not reach, to say why.
 */
export async function statusChecks(ec2: EC2Client, instanceIds: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let start = 0; start < instanceIds.length; start += idsPerStatus) {
    const answer = await ec2.send(
      new DescribeInstanceStatusCommand({
        InstanceIds: instanceIds.slice(start, start + idsPerStatus),
        IncludeAllInstances: true,
      }),
    );
    for (const status of answer.InstanceStatuses ?? []) {
      if (status.InstanceId === undefined) continue;
      const instance = status.InstanceStatus?.Status;
      const system = status.SystemStatus?.Status;
      found.set(status.InstanceId, instance === "impaired" || system === "impaired" ? "impaired" : (instance ?? ""));
    }
  }
  return found;
}
