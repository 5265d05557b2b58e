import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  CreateDocumentCommand,
  DescribeDocumentCommand,
  GetCommandInvocationCommand,
  GetDocumentCommand,
  ListCommandsCommand,
  SendCommandCommand,
  type SSMClient,
  UpdateDocumentCommand,
  UpdateDocumentDefaultVersionCommand,
} from "@aws-sdk/client-ssm";
import { beforeAll, describe, expect, it } from "vitest";
import { toolkitDocumentsDir } from "../localcloud/aws/ssm/documents/toolkit.js";
import { answerOf, errorOf, fieldsOf, ssmOracleForFile } from "./ssm-oracle.js";

/**
 * Documents and Run Command against moto, the oracle, for what moto implements: CreateDocument, UpdateDocument,
 * GetDocument, DescribeDocument, UpdateDocumentDefaultVersion, SendCommand, ListCommands, GetCommandInvocation.
 * moto runs nothing (every invocation is an immediate Success with no output) and checks neither instances,
 * documents nor parameters in SendCommand, so those are compared for shape and the fields the toolkit reads;
 * AWS's refusals there are tested in test/unit/localcloud/ssm.
 */
const oracle = ssmOracleForFile();
const { both } = oracle;
let instanceId: string;

beforeAll(async () => {
  const [instance] = oracle.local.ec2.launch({ tags: { "orca-fleet:clinic": "contract" }, running: true });
  instanceId = instance?.instanceId ?? "";
});

const healthcheck = readFileSync(join(toolkitDocumentsDir, "orca-healthcheck.yml"), "utf8");
const name = "orca-healthcheck";

describe("documents, local cloud vs moto", () => {
  it("creates a document and refuses a second one by the same name", async () => {
    const created = await both((c) =>
      c.send(
        new CreateDocumentCommand({
          Name: name,
          Content: healthcheck,
          DocumentType: "Command",
          DocumentFormat: "YAML",
        }),
      ),
    );
    const [m, l] = [answerOf(created.moto).DocumentDescription, answerOf(created.local).DocumentDescription];
    const read = (d: typeof m) => ({
      Name: d?.Name,
      DocumentVersion: d?.DocumentVersion,
      LatestVersion: d?.LatestVersion,
      DefaultVersion: d?.DefaultVersion,
      SchemaVersion: d?.SchemaVersion,
      DocumentFormat: d?.DocumentFormat,
      Hash: d?.Hash,
      HashType: d?.HashType,
      Status: d?.Status,
      Parameters: d?.Parameters?.map((p) => p.Name).sort(),
    });
    expect(read(l)).toEqual(read(m));
    expect(fieldsOf(l)).toEqual(expect.arrayContaining(fieldsOf(m)));
    const again = await both((c) =>
      c.send(
        new CreateDocumentCommand({
          Name: name,
          Content: healthcheck,
          DocumentType: "Command",
          DocumentFormat: "YAML",
        }),
      ),
    );
    expect(errorOf(again.local)).toBe("DocumentAlreadyExists");
    expect(errorOf(again.local)).toBe(errorOf(again.moto));
  });

  it("updates only with new content against the latest version, then moves the default", async () => {
    const update = (c: SSMClient, content: string, version: string) =>
      c.send(
        new UpdateDocumentCommand({ Name: name, Content: content, DocumentVersion: version, DocumentFormat: "YAML" }),
      );
    const same = await both((c) => update(c, healthcheck, "$LATEST"));
    expect(errorOf(same.local)).toBe("DuplicateDocumentContent");
    expect(errorOf(same.local)).toBe(errorOf(same.moto));
    const changed = healthcheck.replace('default: "10"', 'default: "12"');
    const updated = await both((c) => update(c, changed, "$LATEST"));
    expect(answerOf(updated.local).DocumentDescription?.DocumentVersion).toBe(
      answerOf(updated.moto).DocumentDescription?.DocumentVersion,
    );
    const stale = await both((c) => update(c, changed.replace('default: "12"', 'default: "13"'), "1"));
    expect(errorOf(stale.local)).toBe("InvalidDocumentVersion");
    expect(errorOf(stale.local)).toBe(errorOf(stale.moto));
    const moved = await both((c) =>
      c.send(new UpdateDocumentDefaultVersionCommand({ Name: name, DocumentVersion: "2" })),
    );
    expect(answerOf(moved.local).Description).toMatchObject({
      Name: name,
      DefaultVersion: answerOf(moved.moto).Description?.DefaultVersion,
    });
    const described = await both((c) => c.send(new DescribeDocumentCommand({ Name: name })));
    const d = (o: typeof described.local) => answerOf(o).Document;
    expect([d(described.local)?.DefaultVersion, d(described.local)?.LatestVersion]).toEqual([
      d(described.moto)?.DefaultVersion,
      d(described.moto)?.LatestVersion,
    ]);
  });

  it("answers a document's content by version, and misses as moto does", async () => {
    const got = await both((c) => c.send(new GetDocumentCommand({ Name: name, DocumentVersion: "1" })));
    const [m, l] = [answerOf(got.moto), answerOf(got.local)];
    expect([l.DocumentVersion, l.DocumentFormat, l.Name]).toEqual([m.DocumentVersion, m.DocumentFormat, m.Name]);
    // Both convert the YAML to JSON; the text's spacing differs, the data does not.
    expect(JSON.parse(l.Content ?? "")).toEqual(JSON.parse(m.Content ?? ""));
    expect(fieldsOf(l)).toEqual(expect.arrayContaining(fieldsOf(m).filter((f) => f !== "Requires")));
    for (const call of [
      (c: SSMClient) => c.send(new GetDocumentCommand({ Name: "no-such-document" })),
      (c: SSMClient) => c.send(new DescribeDocumentCommand({ Name: "no-such-document" })),
      (c: SSMClient) =>
        c.send(new UpdateDocumentDefaultVersionCommand({ Name: "no-such-document", DocumentVersion: "1" })),
      (c: SSMClient) =>
        c.send(new CreateDocumentCommand({ Name: "AWS-Mine", Content: healthcheck, DocumentFormat: "YAML" })),
    ]) {
      const miss = await both(call);
      expect(errorOf(miss.local)).toBeDefined();
      expect(errorOf(miss.local)).toBe(errorOf(miss.moto));
    }
  });
});

describe("Run Command, local cloud vs moto", () => {
  it("sends a command, lists it and answers its invocation in moto's shape", async () => {
    const sent = await both((c) =>
      c.send(
        new SendCommandCommand({
          DocumentName: "AWS-RunShellScript",
          InstanceIds: [instanceId],
          Parameters: { commands: ["echo hi"] },
          Comment: "contract",
          MaxConcurrency: "10",
          MaxErrors: "1",
          TimeoutSeconds: 600,
        }),
      ),
    );
    const [m, l] = [answerOf(sent.moto).Command, answerOf(sent.local).Command];
    const read = (c: typeof m) => ({
      DocumentName: c?.DocumentName,
      InstanceIds: c?.InstanceIds,
      Parameters: c?.Parameters,
      Comment: c?.Comment,
      MaxConcurrency: c?.MaxConcurrency,
      MaxErrors: c?.MaxErrors,
      TimeoutSeconds: c?.TimeoutSeconds,
    });
    expect(read(l)).toEqual(read(m));
    expect(fieldsOf(l)).toEqual(
      expect.arrayContaining(fieldsOf(m).filter((f) => !["OutputS3Region", "ServiceRole"].includes(f))),
    );
    const ids = { moto: m?.CommandId ?? "", local: l?.CommandId ?? "" };
    await oracle.local.ssm.settle();
    const listed = await both((c) =>
      c.send(new ListCommandsCommand({ CommandId: c === oracle.clients.moto ? ids.moto : ids.local })),
    );
    expect(answerOf(listed.local).Commands?.map((c) => c.CommandId)).toEqual([ids.local]);
    expect(answerOf(listed.moto).Commands?.map((c) => c.CommandId)).toEqual([ids.moto]);
    const invocation = await both((c) =>
      c.send(
        new GetCommandInvocationCommand({
          CommandId: c === oracle.clients.moto ? ids.moto : ids.local,
          InstanceId: instanceId,
        }),
      ),
    );
    const [mi, li] = [answerOf(invocation.moto), answerOf(invocation.local)];
    expect([li.Status, li.StatusDetails, li.ResponseCode, li.PluginName, li.DocumentName]).toEqual([
      mi.Status,
      mi.StatusDetails,
      mi.ResponseCode,
      mi.PluginName,
      mi.DocumentName,
    ]);
    expect(li.StandardOutputContent).toBe("hi\n");
    expect(fieldsOf(li)).toEqual(expect.arrayContaining(fieldsOf(mi)));
  });

  it("refuses unknown command ids and instances outside the command as moto does", async () => {
    const unknown = "11111111-2222-3333-4444-555555555555";
    const listed = await both((c) => c.send(new ListCommandsCommand({ CommandId: unknown })));
    expect(errorOf(listed.local)).toBe("InvalidCommandId");
    expect(errorOf(listed.local)).toBe(errorOf(listed.moto));
    const invocation = await both((c) =>
      c.send(new GetCommandInvocationCommand({ CommandId: unknown, InstanceId: instanceId })),
    );
    expect(errorOf(invocation.local)).toBe(errorOf(invocation.moto));
  });
});
