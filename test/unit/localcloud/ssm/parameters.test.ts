import { describe, expect, it } from "vitest";
import { createSsmService } from "../../../localcloud/aws/ssm/index.js";
import { fakeContext } from "./fake-context.js";

function service() {
  return createSsmService(fakeContext());
}

const ami = "ami-0123456789abcdef0";

describe("Parameter Store", () => {
  it("versions a parameter on overwrite and refuses a second put without Overwrite", async () => {
    const ssm = service();
    expect(
      await ssm.handle("PutParameter", { Name: "/fleet/ami", Value: ami, Type: "String", DataType: "aws:ec2:image" }),
    ).toEqual({ Version: 1, Tier: "Standard" });
    await expect(ssm.handle("PutParameter", { Name: "/fleet/ami", Value: ami, Type: "String" })).rejects.toMatchObject({
      code: "ParameterAlreadyExists",
    });
    expect(
      await ssm.handle("PutParameter", { Name: "/fleet/ami", Value: "ami-0fedcba9876543210", Overwrite: true }),
    ).toMatchObject({ Version: 2 });
    expect(await ssm.handle("GetParameter", { Name: "/fleet/ami" })).toMatchObject({
      Parameter: {
        Name: "/fleet/ami",
        Value: "ami-0fedcba9876543210",
        Version: 2,
        DataType: "aws:ec2:image",
        Type: "String",
      },
    });
    expect(await ssm.handle("GetParameter", { Name: "/fleet/ami:1" })).toMatchObject({
      Parameter: { Value: ami, Selector: ":1" },
    });
  });

  it("validates aws:ec2:image values and unknown data types", async () => {
    const ssm = service();
    await expect(
      ssm.handle("PutParameter", { Name: "a", Value: "not-an-ami", Type: "String", DataType: "aws:ec2:image" }),
    ).rejects.toMatchObject({ code: "ValidationException" });
    await expect(
      ssm.handle("PutParameter", { Name: "a", Value: ami, Type: "String", DataType: "AWS:EC2:IMAGE" }),
    ).rejects.toMatchObject({ code: "ValidationException" });
  });

  it("refuses reserved names, a missing type and an empty value", async () => {
    const ssm = service();
    await expect(ssm.handle("PutParameter", { Name: "ssm-thing", Value: "x", Type: "String" })).rejects.toMatchObject({
      code: "ValidationException",
    });
    await expect(ssm.handle("PutParameter", { Name: "x", Value: "x" })).rejects.toMatchObject({
      code: "ValidationException",
    });
    await expect(ssm.handle("PutParameter", { Name: "x", Value: "", Type: "String" })).rejects.toMatchObject({
      code: "ValidationException",
    });
    await expect(ssm.handle("GetParameter", { Name: "missing" })).rejects.toMatchObject({ code: "ParameterNotFound" });
    await expect(
      ssm.handle("PutParameter", { Name: "p", Value: "abc", Type: "String", AllowedPattern: "^[0-9]+$" }),
    ).rejects.toMatchObject({ code: "ParameterPatternMismatchException" });
  });

  it("answers GetParameters with InvalidParameters for misses, and refuses more than 10 names", async () => {
    const ssm = service();
    await ssm.handle("PutParameter", { Name: "a", Value: "1", Type: "String" });
    await ssm.handle("LabelParameterVersion", { Name: "a", Labels: ["prod"] });
    const answer = await ssm.handle("GetParameters", { Names: ["a", "a:prod", "a:9", "a:nolabel", "b"] });
    expect(answer).toMatchObject({
      Parameters: [
        { Name: "a", Value: "1" },
        { Name: "a", Selector: ":prod" },
      ],
      InvalidParameters: ["a:9", "a:nolabel", "b"],
    });
    const eleven = Array.from({ length: 11 }, (_, i) => `n${i}`);
    await expect(ssm.handle("GetParameters", { Names: eleven })).rejects.toMatchObject({ code: "ValidationException" });
  });

  it("keeps 100 versions, dropping the oldest, and refuses when the oldest is labelled", async () => {
    const ssm = service();
    for (let i = 1; i <= 100; i++) {
      await ssm.handle("PutParameter", { Name: "h", Value: `v${i}`, Type: "String", Overwrite: true });
    }
    await ssm.handle("PutParameter", { Name: "h", Value: "v101", Overwrite: true });
    const first = await ssm.handle("GetParameterHistory", { Name: "h", MaxResults: 50 });
    expect(first).toMatchObject({ Parameters: expect.arrayContaining([expect.objectContaining({ Version: 2 })]) });
    await expect(ssm.handle("GetParameter", { Name: "h:1" })).rejects.toMatchObject({
      code: "ParameterVersionNotFound",
    });
    await ssm.handle("LabelParameterVersion", { Name: "h", ParameterVersion: 2, Labels: ["golden"] });
    await expect(ssm.handle("PutParameter", { Name: "h", Value: "v102", Overwrite: true })).rejects.toMatchObject({
      code: "ParameterMaxVersionLimitExceeded",
    });
  });

  it("pages the history 50 at a time with a token bound to the parameter", async () => {
    const ssm = service();
    for (let i = 1; i <= 60; i++)
      await ssm.handle("PutParameter", { Name: "p", Value: `${i}`, Type: "String", Overwrite: true });
    const page1 = await ssm.handle("GetParameterHistory", { Name: "p" });
    if (typeof page1 !== "object" || page1 === null || !("NextToken" in page1) || typeof page1.NextToken !== "string")
      throw new Error("no token");
    const page2 = await ssm.handle("GetParameterHistory", { Name: "p", NextToken: page1.NextToken });
    expect(page2).toMatchObject({ NextToken: undefined });
    expect(page2).toHaveProperty("Parameters.length", 10);
    await ssm.handle("PutParameter", { Name: "q", Value: "1", Type: "String" });
    await expect(ssm.handle("GetParameterHistory", { Name: "q", NextToken: page1.NextToken })).rejects.toMatchObject({
      code: "InvalidNextToken",
    });
    await expect(ssm.handle("GetParameterHistory", { Name: "p", MaxResults: 51 })).rejects.toMatchObject({
      code: "ValidationException",
    });
  });

  it("follows AWS's label rules: moves labels, returns invalid ones, caps 10 a version", async () => {
    const ssm = service();
    await ssm.handle("PutParameter", { Name: "l", Value: "1", Type: "String" });
    await ssm.handle("PutParameter", { Name: "l", Value: "2", Type: "String", Overwrite: true });
    expect(
      await ssm.handle("LabelParameterVersion", {
        Name: "l",
        ParameterVersion: 1,
        Labels: ["prod", "1bad", "awsx", "ssm-no", "has space"],
      }),
    ).toEqual({
      InvalidLabels: ["1bad", "awsx", "ssm-no", "has space"],
      ParameterVersion: 1,
    });
    expect(await ssm.handle("LabelParameterVersion", { Name: "l", Labels: ["prod"] })).toEqual({
      InvalidLabels: [],
      ParameterVersion: 2,
    });
    expect(await ssm.handle("GetParameter", { Name: "l:prod" })).toMatchObject({ Parameter: { Value: "2" } });
    const history = await ssm.handle("GetParameterHistory", { Name: "l" });
    expect(history).toMatchObject({
      Parameters: [
        { Version: 1, Labels: [] },
        { Version: 2, Labels: ["prod"] },
      ],
    });
    const ten = Array.from({ length: 10 }, (_, i) => `l${i}`);
    await ssm.handle("LabelParameterVersion", { Name: "l", ParameterVersion: 1, Labels: ten });
    await expect(
      ssm.handle("LabelParameterVersion", { Name: "l", ParameterVersion: 1, Labels: ["eleventh"] }),
    ).rejects.toMatchObject({ code: "ParameterVersionLabelLimitExceeded" });
    await expect(
      ssm.handle("LabelParameterVersion", { Name: "l", ParameterVersion: 7, Labels: ["x"] }),
    ).rejects.toMatchObject({ code: "ParameterVersionNotFound" });
    await expect(ssm.handle("LabelParameterVersion", { Name: "nope", Labels: ["x"] })).rejects.toMatchObject({
      code: "ParameterNotFound",
    });
  });

  it("resolves selectors for RunInstances' resolve:ssm:", async () => {
    const ssm = service();
    await ssm.handle("PutParameter", { Name: "/golden/ami", Value: ami, Type: "String", DataType: "aws:ec2:image" });
    await ssm.handle("LabelParameterVersion", { Name: "/golden/ami", Labels: ["stable"] });
    expect(ssm.resolveParameter("/golden/ami:stable")).toBe(ami);
    expect(ssm.resolveParameter("/golden/ami:nothing")).toBeUndefined();
  });

  it("hides SecureString values unless decryption is asked for", async () => {
    const ssm = service();
    await ssm.handle("PutParameter", { Name: "/secret/pw", Value: "hunter2", Type: "SecureString" });
    const hidden = await ssm.handle("GetParameter", { Name: "/secret/pw" });
    expect(JSON.stringify(hidden)).not.toContain("hunter2");
    expect(await ssm.handle("GetParameter", { Name: "/secret/pw", WithDecryption: true })).toMatchObject({
      Parameter: { Value: "hunter2" },
    });
  });
});
