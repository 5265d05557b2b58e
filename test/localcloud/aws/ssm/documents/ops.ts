import { createHash } from "node:crypto";
import { z } from "zod";
import { epochSeconds, parseInput } from "../wire.js";
import { convertContent, type DeclaredParameter } from "./content.js";
import type { DocumentRecord, DocumentStore, DocumentVersion } from "./store.js";

const format = z.enum(["JSON", "YAML"]);
const tags = z.array(z.object({ Key: z.string(), Value: z.string() })).max(1000);
const maxContentBytes = 64 * 1024;
const content = z
  .string()
  .min(1)
  .refine((c) => Buffer.byteLength(c) <= maxContentBytes, "Member must have length less than or equal to 65536");

const createInput = z.object({
  Name: z.string(),
  Content: content,
  DocumentType: z.literal("Command", "Member must satisfy enum value set: [Command]").optional(),
  DocumentFormat: format.optional(),
  TargetType: z.string().max(200).optional(),
  VersionName: z.string().optional(),
  DisplayName: z.string().max(1024).optional(),
  Tags: tags.optional(),
});
const updateInput = z.object({
  Name: z.string(),
  Content: content,
  DocumentVersion: z.string().optional(),
  DocumentFormat: format.optional(),
  TargetType: z.string().max(200).optional(),
  VersionName: z.string().optional(),
  DisplayName: z.string().max(1024).optional(),
});

/** What CreateDocument and UpdateDocument both give of a version, as the store takes it. */
function versionFields(req: z.infer<typeof updateInput> | z.infer<typeof createInput>) {
  return {
    name: req.Name,
    content: req.Content,
    format: req.DocumentFormat ?? "JSON",
    versionName: req.VersionName,
    targetType: req.TargetType,
    displayName: req.DisplayName,
  };
}
const getInput = z.object({
  Name: z.string(),
  DocumentVersion: z.string().optional(),
  VersionName: z.string().optional(),
  DocumentFormat: format.optional(),
});
const defaultInput = z.object({ Name: z.string(), DocumentVersion: z.string() });

function defaultValue(p: DeclaredParameter): string | undefined {
  if (p.default === undefined) return undefined;
  return typeof p.default === "string" ? p.default : JSON.stringify(p.default);
}

function platformTypes(version: DocumentVersion): string[] {
  const actions = version.parsed.steps.map((s) => s.action);
  if (actions.every((a) => a === "aws:runShellScript")) return ["Linux", "MacOS"];
  return ["Windows", "Linux", "MacOS"];
}

export function describe(record: DocumentRecord, version: DocumentVersion) {
  return {
    Sha1: createHash("sha1").update(version.content).digest("hex"),
    Hash: version.hash,
    HashType: "Sha256",
    Name: record.name,
    DisplayName: record.displayName,
    VersionName: version.versionName,
    Owner: record.owner,
    CreatedDate: epochSeconds(version.created),
    Status: "Active",
    DocumentVersion: version.version,
    Description: version.parsed.description,
    Parameters: Object.entries(version.parsed.parameters).map(([name, p]) => ({
      Name: name,
      Type: p.type,
      Description: p.description,
      DefaultValue: defaultValue(p),
    })),
    PlatformTypes: platformTypes(version),
    DocumentType: record.documentType,
    SchemaVersion: version.parsed.schemaVersion,
    LatestVersion: record.versions.at(-1)?.version,
    DefaultVersion: record.defaultVersion,
    DocumentFormat: version.format,
    TargetType: version.targetType,
    Tags: record.tags,
  };
}

export function documentOperations(store: DocumentStore) {
  return {
    CreateDocument: async (input: unknown) => {
      const req = parseInput(createInput, input);
      const record = store.create({ ...versionFields(req), tags: req.Tags ?? [] });
      const first = store.select(record.name, "1");
      return { DocumentDescription: describe(record, first) };
    },
    UpdateDocument: async (input: unknown) => {
      const req = parseInput(updateInput, input);
      const { record, added } = store.update({ ...versionFields(req), tags: [], documentVersion: req.DocumentVersion });
      return { DocumentDescription: describe(record, added) };
    },
    GetDocument: async (input: unknown) => {
      const req = parseInput(getInput, input);
      const record = store.record(req.Name);
      const version = store.select(req.Name, req.DocumentVersion, req.VersionName);
      // JSON unless asked otherwise, whatever format the document was created in (as AWS answers).
      const wanted = req.DocumentFormat ?? "JSON";
      return {
        Name: record.name,
        CreatedDate: epochSeconds(version.created),
        DisplayName: record.displayName,
        VersionName: version.versionName,
        DocumentVersion: version.version,
        Status: "Active",
        Content: convertContent(version.content, version.format, wanted),
        DocumentType: record.documentType,
        DocumentFormat: wanted,
      };
    },
    DescribeDocument: async (input: unknown) => {
      const req = parseInput(getInput, input);
      const record = store.record(req.Name);
      return { Document: describe(record, store.select(req.Name, req.DocumentVersion, req.VersionName)) };
    },
    UpdateDocumentDefaultVersion: async (input: unknown) => {
      const req = parseInput(defaultInput, input);
      const record = store.setDefault(req.Name, req.DocumentVersion);
      const chosen = store.select(req.Name, record.defaultVersion);
      return {
        Description: { Name: record.name, DefaultVersion: chosen.version, DefaultVersionName: chosen.versionName },
      };
    },
  };
}
