import { describe, expect, it } from "vitest";
import { createSsmService } from "../../../localcloud/aws/ssm/index.js";
import { fakeContext } from "./fake-context.js";

const content = JSON.stringify({
  schemaVersion: "2.2",
  mainSteps: [{ action: "aws:runShellScript", name: "hello", inputs: { runCommand: ["echo hello"] } }],
});
const document = { ResourceType: "Document", ResourceId: "hello-doc" };

describe("tags on documents", () => {
  it("adds by key (a new value replaces the old), lists, removes, and shows them in DescribeDocument", async () => {
    const ssm = createSsmService(fakeContext());
    await ssm.handle("CreateDocument", { Name: "hello-doc", Content: content, Tags: [{ Key: "team", Value: "sre" }] });
    await ssm.handle("AddTagsToResource", {
      ...document,
      Tags: [
        { Key: "team", Value: "ops" },
        { Key: "orca-fleet:source-commit", Value: "c0ffee0" },
      ],
    });
    expect(await ssm.handle("ListTagsForResource", document)).toEqual({
      TagList: [
        { Key: "team", Value: "ops" },
        { Key: "orca-fleet:source-commit", Value: "c0ffee0" },
      ],
    });
    await ssm.handle("RemoveTagsFromResource", { ...document, TagKeys: ["team"] });
    expect(await ssm.handle("DescribeDocument", { Name: "hello-doc" })).toMatchObject({
      Document: { Tags: [{ Key: "orca-fleet:source-commit", Value: "c0ffee0" }] },
    });
  });

  it("refuses a missing document, a type it does not tag, and tags beyond TagKey and TagValue", async () => {
    const ssm = createSsmService(fakeContext());
    await expect(ssm.handle("ListTagsForResource", document)).rejects.toMatchObject({ code: "InvalidResourceId" });
    await expect(
      ssm.handle("ListTagsForResource", { ResourceType: "MaintenanceWindow", ResourceId: "mw-1" }),
    ).rejects.toMatchObject({ code: "InvalidResourceType" });
    await expect(ssm.handle("ListTagsForResource", { ResourceType: "Bucket", ResourceId: "x" })).rejects.toMatchObject({
      code: "ValidationException",
    });
    await ssm.handle("CreateDocument", { Name: "hello-doc", Content: content });
    for (const tag of [
      { Key: "", Value: "x" },
      { Key: "k".repeat(129), Value: "x" },
      { Key: "k", Value: "v".repeat(257) },
      { Key: "k", Value: "a;b" },
    ]) {
      await expect(ssm.handle("AddTagsToResource", { ...document, Tags: [tag] })).rejects.toMatchObject({
        code: "ValidationException",
      });
    }
  });
});
