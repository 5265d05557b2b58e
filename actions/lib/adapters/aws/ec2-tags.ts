import { CreateTagsCommand, type EC2Client } from "@aws-sdk/client-ec2";

/** CreateTags takes one tag set for at most 1,000 resources a call. */
export const resourcesPerCreateTags = 1000;

export interface InstanceTagging {
  instanceId: string;
  tags: Readonly<Record<string, string>>;
}

/** The calls a tagging takes: instances grouped by identical tag set, each group cut into calls of 1,000. */
export function tagGroups(taggings: readonly InstanceTagging[]): { tags: Record<string, string>; ids: string[] }[] {
  const groups = new Map<string, { tags: Record<string, string>; ids: string[] }>();
  for (const { instanceId, tags } of taggings) {
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

/** Writes the tags in as few CreateTags calls as AWS allows; returns the calls made. */
export async function tagInstances(ec2: EC2Client, taggings: readonly InstanceTagging[]): Promise<number> {
  const calls = tagGroups(taggings);
  for (const { tags, ids } of calls) {
    await ec2.send(
      new CreateTagsCommand({
        Resources: ids,
        Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
      }),
    );
  }
  return calls.length;
}
