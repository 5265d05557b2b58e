import { z } from "zod";
import { AwsError } from "../../types.js";
import { epochSeconds, pageScope, paginate, parseInput } from "../wire.js";
import type { ParameterStore, ParameterVersion } from "./store.js";

export interface ParameterOpsContext {
  store: ParameterStore;
  region: string;
  accountId: string;
}

const name = z.string().min(1).max(2048);

function arn(ctx: ParameterOpsContext, parameterName: string): string {
  return `arn:aws:ssm:${ctx.region}:${ctx.accountId}:parameter/${parameterName.replace(/^\//, "")}`;
}

/** SecureString values leave the store as an opaque ciphertext unless WithDecryption asks for the value. */
function shownValue(p: ParameterVersion, decrypt: boolean): string {
  if (p.type !== "SecureString" || decrypt) return p.value;
  return Buffer.from(`kms:${p.keyId ?? ""}:${p.version}:${p.value}`).toString("base64");
}

function parameterOut(ctx: ParameterOpsContext, p: ParameterVersion, decrypt: boolean, selector?: string) {
  return {
    Name: p.name,
    Type: p.type,
    Value: shownValue(p, decrypt),
    Version: p.version,
    Selector: selector,
    LastModifiedDate: epochSeconds(p.lastModified),
    ARN: arn(ctx, p.name),
    DataType: p.dataType,
  };
}

function selectorOf(requested: string): string | undefined {
  const i = requested.indexOf(":");
  return i < 0 ? undefined : requested.slice(i);
}

const getParameterInput = z.object({ Name: name, WithDecryption: z.boolean().optional() });
const getParametersInput = z.object({
  Names: z.array(name).min(1).max(10, "Member must have length less than or equal to 10"),
  WithDecryption: z.boolean().optional(),
});
const putParameterInput = z.object({
  Name: name,
  Value: z.string().min(1, "Member must have length greater than or equal to 1"),
  Type: z.enum(["String", "StringList", "SecureString"]).optional(),
  Overwrite: z.boolean().optional(),
  DataType: z.string().optional(),
  Description: z.string().max(1024).optional(),
  AllowedPattern: z.string().max(1024).optional(),
  KeyId: z.string().optional(),
  Tier: z.enum(["Standard", "Advanced", "Intelligent-Tiering"]).optional(),
  Tags: z.array(z.object({ Key: z.string(), Value: z.string() })).optional(),
});
const historyInput = z.object({
  Name: name,
  WithDecryption: z.boolean().optional(),
  MaxResults: z.int().min(1).max(50, "Member must have value less than or equal to 50").optional(),
  NextToken: z.string().optional(),
});
const labelInput = z.object({
  Name: name,
  ParameterVersion: z.int().min(1).optional(),
  Labels: z.array(z.string().min(1)).min(1).max(10, "Member must have length less than or equal to 10"),
});

const unlabelInput = z.object({
  Name: name,
  ParameterVersion: z.int().min(1),
  Labels: labelInput.shape.Labels,
});

const dataTypes = ["text", "aws:ec2:image", "aws:ssm:integration"] as const;
const dataTypeSchema = z.enum(dataTypes);

export function parameterOperations(ctx: ParameterOpsContext) {
  return {
    GetParameter: async (input: unknown) => {
      const req = parseInput(getParameterInput, input);
      const p = ctx.store.get(req.Name);
      return { Parameter: parameterOut(ctx, p, req.WithDecryption ?? false, selectorOf(req.Name)) };
    },
    GetParameters: async (input: unknown) => {
      const req = parseInput(getParametersInput, input);
      const found: ReturnType<typeof parameterOut>[] = [];
      const invalid: string[] = [];
      for (const requested of new Set(req.Names)) {
        try {
          found.push(parameterOut(ctx, ctx.store.get(requested), req.WithDecryption ?? false, selectorOf(requested)));
        } catch (error) {
          if (!(error instanceof AwsError)) throw error;
          invalid.push(requested);
        }
      }
      return { Parameters: found, InvalidParameters: invalid };
    },
    PutParameter: async (input: unknown) => {
      const req = parseInput(putParameterInput, input);
      const dataType = req.DataType === undefined ? undefined : dataTypeSchema.safeParse(req.DataType);
      if (dataType && !dataType.success) {
        throw new AwsError(
          "ValidationException",
          `The following data type is not supported: ${req.DataType} (Data type names are all lowercase.)`,
        );
      }
      const created = ctx.store.put({
        name: req.Name,
        value: req.Value,
        type: req.Type,
        overwrite: req.Overwrite ?? false,
        dataType: dataType?.data,
        description: req.Description,
        allowedPattern: req.AllowedPattern,
        keyId: req.KeyId,
        tier: req.Tier,
        hasTags: (req.Tags ?? []).length > 0,
      });
      return { Version: created.version, Tier: created.tier };
    },
    GetParameterHistory: async (input: unknown) => {
      const req = parseInput(historyInput, input);
      const versions = ctx.store.history(req.Name);
      const page = paginate(
        versions,
        req.MaxResults ?? 50,
        req.NextToken,
        pageScope("GetParameterHistory", { Name: req.Name }),
      );
      return {
        Parameters: page.items.map((p) => ({
          Name: p.name,
          Type: p.type,
          KeyId: p.keyId,
          LastModifiedDate: epochSeconds(p.lastModified),
          LastModifiedUser: `arn:aws:iam::${ctx.accountId}:user/localcloud`,
          Description: p.description,
          Value: shownValue(p, req.WithDecryption ?? false),
          AllowedPattern: p.allowedPattern,
          Version: p.version,
          Labels: [...p.labels],
          Tier: p.tier,
          Policies: [],
          DataType: p.dataType,
        })),
        NextToken: page.nextToken,
      };
    },
    LabelParameterVersion: async (input: unknown) => {
      const req = parseInput(labelInput, input);
      const result = ctx.store.label(req.Name, req.ParameterVersion, req.Labels);
      return { InvalidLabels: result.invalid, ParameterVersion: result.version };
    },
    UnlabelParameterVersion: async (input: unknown) => {
      const req = parseInput(unlabelInput, input);
      const result = ctx.store.unlabel(req.Name, req.ParameterVersion, req.Labels);
      return { RemovedLabels: result.removed, InvalidLabels: result.invalid };
    },
  };
}
