import { z } from "zod";
import type { XmlFields } from "../http/xml.js";
import { AwsError } from "../types.js";
import { type FilterFields, filterPredicate } from "./filters.js";
import { filterSchema, pageSize, parseInput, queryInteger, queryList, tagSchema } from "./input.js";
import type { Image, Volume } from "./model.js";
import { page } from "./pagination.js";
import type { Ec2Store } from "./store.js";
import { checkTag, checkTagCount } from "./tag-rules.js";
import { imageView, volumeView } from "./views.js";

const describeVolumesSchema = z.object({
  VolumeId: queryList(z.string()).optional(),
  Filter: queryList(filterSchema).default([]),
  MaxResults: queryInteger.optional(),
  NextToken: z.string().optional(),
});

const volumeFields: FilterFields<Volume> = {
  "attachment.instance-id": (volume) => [volume.attachment?.instanceId],
  "attachment.device": (volume) => [volume.attachment?.device],
  "attachment.delete-on-termination": (volume) => [volume.attachment && String(volume.attachment.deleteOnTermination)],
  "volume-id": (volume) => [volume.id],
  "volume-type": (volume) => [volume.volumeType],
  encrypted: (volume) => [String(volume.encrypted)],
  status: (volume) => [volume.state],
  size: (volume) => [String(volume.size)],
  "availability-zone": (volume) => [volume.availabilityZone],
};

export function describeVolumes(store: Ec2Store, input: Record<string, unknown>): XmlFields {
  const parsed = parseInput(describeVolumesSchema, input);
  if (parsed.VolumeId !== undefined && parsed.MaxResults !== undefined) {
    throw new AwsError(
      "InvalidParameterCombination",
      "The parameter volumeSet cannot be used with the parameter maxResults",
    );
  }
  const size = pageSize(parsed.MaxResults, 5, 500, Number.MAX_SAFE_INTEGER);
  const predicate = filterPredicate(parsed.Filter, volumeFields);
  const volumes = (parsed.VolumeId ?? [...store.volumes.keys()]).map((id) => {
    const volume = store.volumes.get(id);
    if (volume === undefined) throw new AwsError("InvalidVolume.NotFound", `The volume '${id}' does not exist.`);
    return volume;
  });
  // Volumes page in creation order; their position in the map is that order.
  const ordered = volumes.map((volume, seq) => ({ volume, seq })).filter(({ volume }) => predicate(volume));
  const result = page(ordered, parsed.NextToken, size);
  return { volumeSet: result.items.map(({ volume }) => volumeView(volume)), nextToken: result.nextToken };
}

const describeImagesSchema = z.object({
  ImageId: queryList(z.string()).optional(),
  Owner: queryList(z.string()).optional(),
  Filter: queryList(filterSchema).default([]),
});

const imageFields: FilterFields<Image> = {
  name: (image) => [image.name],
  "image-id": (image) => [image.id],
  "owner-id": (image) => [image.ownerId],
  "owner-alias": (image) => [image.ownerAlias],
  architecture: (image) => [image.architecture],
  state: () => ["available"],
  "root-device-type": () => ["ebs"],
  "virtualization-type": () => ["hvm"],
};

export function describeImages(store: Ec2Store, accountId: string, input: Record<string, unknown>): XmlFields {
  const parsed = parseInput(describeImagesSchema, input);
  const predicate = filterPredicate(parsed.Filter, imageFields);
  const owners = parsed.Owner?.map((owner) => (owner === "self" ? accountId : owner));
  const images = (parsed.ImageId ?? [...store.images.keys()]).map((id) => {
    const image = store.images.get(id);
    if (image === undefined) throw new AwsError("InvalidAMIID.NotFound", `The image id '[${id}]' does not exist`);
    return image;
  });
  const listed = images.filter(
    (image) =>
      predicate(image) &&
      (owners === undefined ||
        owners.includes(image.ownerId) ||
        (image.ownerAlias !== undefined && owners.includes(image.ownerAlias))),
  );
  return { imagesSet: listed.map(imageView) };
}

const createTagsSchema = z.object({ ResourceId: queryList(z.string()), Tag: queryList(tagSchema) });
const maxResourcesPerCall = 1000;

/** One tag set onto up to 1,000 resources; every resource is checked before any is changed, as AWS does. */
export function createTags(store: Ec2Store, input: Record<string, unknown>): XmlFields {
  const { ResourceId: resourceIds, Tag: tags } = parseInput(createTagsSchema, input);
  if (resourceIds.length > maxResourcesPerCall) {
    throw new AwsError("InvalidParameterValue", `The maximum number of resources per call is ${maxResourcesPerCall}.`);
  }
  for (const tag of tags) checkTag(tag.Key, tag.Value);
  const keys = tags.map((tag) => tag.Key);
  const apply = resourceIds.map((id) => {
    const instance = store.instancesById.get(id);
    if (instance !== undefined) {
      checkTagCount(instance.tags, keys);
      return () => {
        for (const tag of tags) store.setInstanceTag(instance, tag.Key, tag.Value);
      };
    }
    const other = store.volumes.get(id) ?? store.images.get(id);
    if (other === undefined) throw notFound(id);
    checkTagCount(other.tags, keys);
    return () => {
      for (const tag of tags) other.tags[tag.Key] = tag.Value;
    };
  });
  for (const change of apply) change();
  return { return: true };
}

function notFound(id: string): AwsError {
  if (id.startsWith("i-")) return new AwsError("InvalidInstanceID.NotFound", `The instance ID '${id}' does not exist`);
  if (id.startsWith("vol-")) return new AwsError("InvalidVolume.NotFound", `The volume '${id}' does not exist.`);
  if (id.startsWith("ami-")) return new AwsError("InvalidAMIID.NotFound", `The image id '[${id}]' does not exist`);
  return new AwsError("InvalidID", `The ID '${id}' is not valid`);
}
