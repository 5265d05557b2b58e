import { CreateTagsCommand, type EC2Client } from "@aws-sdk/client-ec2";

/** CreateTags takes one tag set for at most 1,000 resources a call. */
export const resourcesPerCreateTags = 1000;

/** The tags one instance should carry after the write (keys not named are left as they are). */
export interface InstanceTagWrite {
  instanceId: string;
  tags: Readonly<Record<string, string>>;
}

/**
 * Writes tags on instances, for every flow that records state in tags (the rollout's outcomes, the sweep's counters):
 * in as few CreateTags calls as AWS allows. CreateTags is idempotent, so a retried call writes nothing twice.
 */
export interface InstanceTagging {
  /** Answers the CreateTags calls made. */
  tag(writes: readonly InstanceTagWrite[]): Promise<number>;
}

/** The calls a tagging takes: instances grouped by identical tag set, each group cut into calls of 1,000. */
export function tagGroups(writes: readonly InstanceTagWrite[]): { tags: Record<string, string>; ids: string[] }[] {
  const groups = new Map<string, { tags: Record<string, string>; ids: string[] }>();
  for (const { instanceId, tags } of writes) {
    const sorted = Object.fromEntries(Object.entries(tags).sort(([a], [b]) => a.localeCompare(b)));
    const key = JSON.stringify(sorted);
    const group = groups.get(key) ?? { tags: sorted, ids: [] };
    group.ids.push(instanceId);
    groups.set(key, group);
  }
  return [...groups.values()].flatMap(({ tags, ids }) => {
    const calls = [];
    for (let start = 0; start < ids.length; start += resourcesPerCreateTags)
      calls.push({ tags, ids: ids.slice(start, start + resourcesPerCreateTags) });
    return calls;
  });
}

export function createInstanceTagging(ec2: EC2Client): InstanceTagging {
  return {
    async tag(writes) {
      const calls = tagGroups(writes);
      for (const { tags, ids } of calls) {
        await ec2.send(
          new CreateTagsCommand({
            Resources: ids,
            Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
          }),
        );
      }
      return calls.length;
    },
  };
}
