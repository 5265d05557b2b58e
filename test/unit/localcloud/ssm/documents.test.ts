import { describe, expect, it } from "vitest";
import { createSsmService } from "../../../localcloud/aws/ssm/index.js";
import { fakeContext } from "./fake-context.js";

const v1 = JSON.stringify({
  schemaVersion: "2.2",
  description: "say hello",
  parameters: { who: { type: "String", default: "world", allowedPattern: "^[a-z]+$" } },
  mainSteps: [{ action: "aws:runShellScript", name: "hello", inputs: { runCommand: ["echo hello {{ who }}"] } }],
});
const v2 = v1.replace("say hello", "say hello again");

describe("documents", () => {
  it("creates, updates ($LATEST), refuses duplicate content and sets the default version", async () => {
    const ssm = createSsmService(fakeContext());
    const created = await ssm.handle("CreateDocument", { Name: "hello-doc", Content: v1, DocumentType: "Command" });
    expect(created).toMatchObject({
      DocumentDescription: {
        Name: "hello-doc",
        DocumentVersion: "1",
        LatestVersion: "1",
        DefaultVersion: "1",
        SchemaVersion: "2.2",
        Status: "Active",
        Owner: "123456789012",
        PlatformTypes: ["Linux", "MacOS"],
        Parameters: [{ Name: "who", Type: "String", DefaultValue: "world" }],
      },
    });
    await expect(ssm.handle("CreateDocument", { Name: "hello-doc", Content: v1 })).rejects.toMatchObject({
      code: "DocumentAlreadyExists",
    });
    await expect(
      ssm.handle("UpdateDocument", { Name: "hello-doc", Content: v1, DocumentVersion: "$LATEST" }),
    ).rejects.toMatchObject({ code: "DuplicateDocumentContent" });
    expect(
      await ssm.handle("UpdateDocument", { Name: "hello-doc", Content: v2, DocumentVersion: "$LATEST" }),
    ).toMatchObject({
      DocumentDescription: { DocumentVersion: "2", LatestVersion: "2", DefaultVersion: "1" },
    });
    await expect(
      ssm.handle("UpdateDocument", { Name: "hello-doc", Content: `${v2} `, DocumentVersion: "1" }),
    ).rejects.toMatchObject({ code: "InvalidDocumentVersion" });
    expect(await ssm.handle("UpdateDocumentDefaultVersion", { Name: "hello-doc", DocumentVersion: "2" })).toEqual({
      Description: { Name: "hello-doc", DefaultVersion: "2" },
    });
    expect(await ssm.handle("DescribeDocument", { Name: "hello-doc" })).toMatchObject({
      Document: { DefaultVersion: "2", Description: "say hello again" },
    });
    const yaml = await ssm.handle("GetDocument", { Name: "hello-doc", DocumentVersion: "1", DocumentFormat: "YAML" });
    expect(yaml).toMatchObject({
      DocumentFormat: "YAML",
      DocumentVersion: "1",
      Content: expect.stringContaining('schemaVersion: "2.2"'),
    });
  });

  it("refuses bad names, unknown documents, unreadable content and unsupported schema versions", async () => {
    const ssm = createSsmService(fakeContext());
    await expect(ssm.handle("CreateDocument", { Name: "AWS-Mine", Content: v1 })).rejects.toMatchObject({
      code: "ValidationException",
    });
    await expect(ssm.handle("CreateDocument", { Name: "x", Content: v1 })).rejects.toMatchObject({
      code: "ValidationException",
    });
    await expect(ssm.handle("CreateDocument", { Name: "bad-json", Content: "{" })).rejects.toMatchObject({
      code: "InvalidDocumentContent",
    });
    await expect(
      ssm.handle("CreateDocument", { Name: "old-schema", Content: v1.replace('"2.2"', '"0.3"') }),
    ).rejects.toMatchObject({ code: "InvalidDocumentSchemaVersion" });
    await expect(ssm.handle("GetDocument", { Name: "missing-doc" })).rejects.toMatchObject({ code: "InvalidDocument" });
    await expect(
      ssm.handle("DescribeDocument", { Name: "AWS-RunShellScript", DocumentVersion: "9" }),
    ).rejects.toMatchObject({ code: "InvalidDocumentVersion" });
  });

  it("serves AWS-RunShellScript, owned by Amazon", async () => {
    const ssm = createSsmService(fakeContext());
    expect(await ssm.handle("DescribeDocument", { Name: "AWS-RunShellScript" })).toMatchObject({
      Document: {
        Owner: "Amazon",
        SchemaVersion: "1.2",
        Parameters: expect.arrayContaining([expect.objectContaining({ Name: "commands", Type: "StringList" })]),
      },
    });
  });
});
