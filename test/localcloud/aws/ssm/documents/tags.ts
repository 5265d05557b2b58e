import { z } from "zod";
import { AwsError } from "../../types.js";
import { parseInput } from "../wire.js";
import type { DocumentStore } from "./store.js";

/**
 * AddTagsToResource, ListTagsForResource and RemoveTagsFromResource for ResourceType Document, with the model's
 * TagKey and TagValue limits. Other resource types are answered InvalidResourceType: the local cloud tags documents
 * only (moto answers the same code for types it does not tag).
 */
const resourceTypes = [
  "Document",
  "ManagedInstance",
  "MaintenanceWindow",
  "Parameter",
  "PatchBaseline",
  "OpsItem",
  "OpsMetadata",
  "Automation",
  "Association",
] as const;
const tagText = /^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$/u;
const tag = z.object({
  Key: z.string().min(1).max(128).regex(tagText),
  Value: z.string().max(256).regex(tagText),
});
const resource = {
  ResourceType: z.enum(resourceTypes, "Member must satisfy enum value set"),
  ResourceId: z.string(),
};
const addInput = z.object({ ...resource, Tags: z.array(tag).max(1000) });
const listInput = z.object(resource);
const removeInput = z.object({ ...resource, TagKeys: z.array(z.string().min(1).max(128)) });

function documentOf(store: DocumentStore, type: string, id: string) {
  if (type !== "Document") {
    throw new AwsError("InvalidResourceType", `The local cloud tags documents only, not ${type} resources.`);
  }
  try {
    return store.record(id);
  } catch (error) {
    if (error instanceof AwsError) throw new AwsError("InvalidResourceId", "The resource ID isn't valid.");
    throw error;
  }
}

export function documentTagOperations(store: DocumentStore) {
  return {
    AddTagsToResource: async (input: unknown) => {
      const req = parseInput(addInput, input);
      const record = documentOf(store, req.ResourceType, req.ResourceId);
      // A key already on the document takes the new value, as AWS does.
      const given = new Map(req.Tags.map((t) => [t.Key, t.Value]));
      record.tags = [
        ...record.tags.filter((t) => !given.has(t.Key)),
        ...[...given].map(([Key, Value]) => ({ Key, Value })),
      ];
      return {};
    },
    ListTagsForResource: async (input: unknown) => {
      const req = parseInput(listInput, input);
      return { TagList: documentOf(store, req.ResourceType, req.ResourceId).tags.map((t) => ({ ...t })) };
    },
    RemoveTagsFromResource: async (input: unknown) => {
      const req = parseInput(removeInput, input);
      const record = documentOf(store, req.ResourceType, req.ResourceId);
      record.tags = record.tags.filter((t) => !req.TagKeys.includes(t.Key));
      return {};
    },
  };
}
