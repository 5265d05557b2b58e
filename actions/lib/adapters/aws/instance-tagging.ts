import { CreateTagsCommand, type EC2Client } from "@aws-sdk/client-ec2";

/** CreateTags takes at most 1,000 resources a call, all given the same tags. */
export const resourcesPerCreateTags = 1000;

/** Writes tags on instances: one call per 1,000 instances that get the same tag set (CreateTags is idempotent). */
export interface InstanceTagging {
  tag(instanceIds: readonly string[], tags: Readonly<Record<string, string>>): Promise<void>;
}

export function createInstanceTagging(ec2: EC2Client): InstanceTagging {
  return {
    async tag(instanceIds, tags) {
      const list = Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
      for (let start = 0; start < instanceIds.length; start += resourcesPerCreateTags) {
        const batch = instanceIds.slice(start, start + resourcesPerCreateTags);
        await ec2.send(new CreateTagsCommand({ Resources: [...batch], Tags: list }));
      }
    },
  };
}
