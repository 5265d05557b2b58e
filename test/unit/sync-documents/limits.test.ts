import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { documentLimits } from "../../../actions/lib/flows/sync-documents/limits.js";

/**
 * sync-documents' limits are AWS's: this reads SSM's API model from botocore in this machine's Python (the model
 * the AWS CLI and boto3 ship) and requires every constant in limits.ts to equal what the model states.
 */
function ssmModel(): unknown {
  const botocore = execFileSync("python3", ["-c", "import botocore,os;print(os.path.dirname(botocore.__file__))"], {
    encoding: "utf8",
  }).trim();
  const ssmDir = join(botocore, "data", "ssm");
  const [version] = readdirSync(ssmDir).sort().reverse();
  if (version === undefined) throw new Error(`no SSM model under ${ssmDir}`);
  const plain = join(ssmDir, version, "service-2.json");
  const text = existsSync(plain)
    ? readFileSync(plain, "utf8")
    : gunzipSync(readFileSync(`${plain}.gz`)).toString("utf8");
  return JSON.parse(text);
}

const shape = z.looseObject({
  type: z.string(),
  pattern: z.string().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  enum: z.array(z.string()).optional(),
  documentation: z.string().optional(),
  members: z.record(z.string(), z.looseObject({ shape: z.string(), documentation: z.string().optional() })).optional(),
});
const model = z.object({ shapes: z.record(z.string(), shape) }).parse(ssmModel());

function shapeOf(name: string): z.infer<typeof shape> {
  const found = model.shapes[name];
  if (found === undefined) throw new Error(`the SSM model has no shape ${name}`);
  return found;
}

function memberDoc(structure: string, member: string): string {
  const doc = shapeOf(structure).members?.[member]?.documentation;
  if (doc === undefined) throw new Error(`${structure}.${member} has no documentation in the model`);
  return doc;
}

describe("sync-documents' limits equal AWS's API model", () => {
  it("document names: DocumentName's pattern, and the reserved prefixes CreateDocument's Name lists", () => {
    expect(documentLimits.namePattern).toBe(shapeOf("DocumentName").pattern);
    // CreateDocumentRequest and UpdateDocumentRequest name documents by the same shape.
    expect(shapeOf("CreateDocumentRequest").members?.Name?.shape).toBe("DocumentName");
    expect(shapeOf("UpdateDocumentRequest").members?.Name?.shape).toBe("DocumentName");
    const doc = memberDoc("CreateDocumentRequest", "Name");
    const listed = [...doc.matchAll(/<li>\s*<p>\s*<code>([^<]+)<\/code>/g)].map((m) => m[1]);
    expect(doc).toContain("can't use the following strings as document name prefixes");
    expect([...documentLimits.reservedNamePrefixes]).toEqual(listed);
  });

  it("content: DocumentContent's minimum, and the 64KB that CreateDocument's Content states", () => {
    expect(documentLimits.contentMinLength).toBe(shapeOf("DocumentContent").min);
    const stated = /must not exceed (\d+) ?KB/.exec(memberDoc("CreateDocumentRequest", "Content"));
    expect(stated?.[1]).toBeDefined();
    expect(documentLimits.contentMaxBytes).toBe(Number(stated?.[1]) * 1024);
    // The error AWS answers beyond it says the same.
    expect(shapeOf("MaxDocumentSizeExceeded").documentation).toContain(`${stated?.[1]} KB`);
  });

  it("parameter declarations: DocumentParameterType's enum", () => {
    expect(shapeOf("DocumentParameter").members?.Type?.shape).toBe("DocumentParameterType");
    expect([...documentLimits.parameterTypes]).toEqual(shapeOf("DocumentParameterType").enum);
  });

  it("target type and tags: TargetType, TagKey and TagValue", () => {
    expect(documentLimits.targetTypePattern).toBe(shapeOf("TargetType").pattern);
    expect(documentLimits.targetTypeMaxLength).toBe(shapeOf("TargetType").max);
    expect(documentLimits.tagKeyMaxLength).toBe(shapeOf("TagKey").max);
    expect(documentLimits.tagValueMaxLength).toBe(shapeOf("TagValue").max);
    expect(documentLimits.tagPattern).toBe(shapeOf("TagKey").pattern);
    expect(documentLimits.tagPattern).toBe(shapeOf("TagValue").pattern);
  });
});
