import { z } from "zod";
import { queryBoolean, queryInteger, queryList, tagSchema } from "./input.js";

const volumeTypes = ["standard", "gp2", "gp3", "io1", "io2", "st1", "sc1"] as const;

/** RunInstances as the Query protocol carries it (list members are named in the singular, 1-based). */
export const runInstancesSchema = z.object({
  ImageId: z.string(),
  MinCount: queryInteger,
  MaxCount: queryInteger,
  InstanceType: z
    .string()
    .regex(/^[a-z][a-z0-9-]*\.[a-z0-9]+$/)
    .default("m1.small"),
  KeyName: z.string().optional(),
  SubnetId: z.string().optional(),
  SecurityGroupId: queryList(z.string()).optional(),
  PrivateIpAddress: z.string().optional(),
  UserData: z.string().optional(),
  ClientToken: z.string().optional(),
  DisableApiTermination: queryBoolean.optional(),
  DisableApiStop: queryBoolean.optional(),
  InstanceInitiatedShutdownBehavior: z.enum(["stop", "terminate"]).optional(),
  EbsOptimized: queryBoolean.optional(),
  IamInstanceProfile: z.object({ Name: z.string().optional(), Arn: z.string().optional() }).optional(),
  MetadataOptions: z
    .object({
      HttpTokens: z.enum(["optional", "required"]).optional(),
      HttpEndpoint: z.enum(["enabled", "disabled"]).optional(),
      HttpPutResponseHopLimit: queryInteger.pipe(z.number().int().min(1).max(64)).optional(),
      InstanceMetadataTags: z.enum(["enabled", "disabled"]).optional(),
      HttpProtocolIpv6: z.enum(["enabled", "disabled"]).optional(),
    })
    .optional(),
  BlockDeviceMapping: queryList(
    z.object({
      DeviceName: z.string(),
      NoDevice: z.string().optional(),
      Ebs: z
        .object({
          VolumeSize: queryInteger.pipe(z.number().int().min(1).max(65536)).optional(),
          VolumeType: z.enum(volumeTypes).optional(),
          Encrypted: queryBoolean.optional(),
          KmsKeyId: z.string().optional(),
          Iops: queryInteger.optional(),
          Throughput: queryInteger.optional(),
          DeleteOnTermination: queryBoolean.optional(),
        })
        .optional(),
    }),
  ).optional(),
  NetworkInterface: queryList(
    z.object({
      DeviceIndex: queryInteger.optional(),
      SubnetId: z.string().optional(),
      SecurityGroupId: queryList(z.string()).optional(),
      AssociatePublicIpAddress: queryBoolean.optional(),
      DeleteOnTermination: queryBoolean.optional(),
      PrivateIpAddress: z.string().optional(),
    }),
  ).optional(),
  TagSpecification: queryList(z.object({ ResourceType: z.string(), Tag: queryList(tagSchema).default([]) })).optional(),
});
export type RunInstancesInput = z.output<typeof runInstancesSchema>;
