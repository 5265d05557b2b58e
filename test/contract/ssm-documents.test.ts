import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ListTagsForResourceCommand, type SSMClient } from "@aws-sdk/client-ssm";
import { describe, expect, it } from "vitest";
import { createSsmDocuments, type SsmDocuments } from "../../actions/lib/adapters/aws/ssm-documents.js";
import { contentHash } from "../../actions/lib/flows/sync-documents/local-documents.js";
import { toolkitDocumentsDir } from "../localcloud/aws/ssm/documents/toolkit.js";
import { errorOf, ssmOracleForFile } from "./ssm-oracle.js";

/**
 * The documents adapter (actions/lib/adapters/aws/ssm-documents.ts) run against moto, the oracle, and the local
 * cloud side by side: the same calls must give the same versions, hashes and tags on both. Tags on documents
 * (AddTagsToResource, ListTagsForResource, RemoveTagsFromResource) are compared here, moto implementing them.
 */
const oracle = ssmOracleForFile();
const restart = readFileSync(join(toolkitDocumentsDir, "orca-restart.yml"), "utf8");
const targetType = "/AWS::EC2::Instance";

async function onBoth<T>(call: (docs: SsmDocuments, client: SSMClient) => Promise<T>): Promise<{ moto: T; local: T }> {
  const { moto, local } = oracle.clients;
  const [m, l] = await Promise.all([call(createSsmDocuments(moto), moto), call(createSsmDocuments(local), local)]);
  return { moto: m, local: l };
}

const tagsOf = (client: SSMClient, name: string) =>
  client
    .send(new ListTagsForResourceCommand({ ResourceType: "Document", ResourceId: name }))
    .then((a) => (a.TagList ?? []).map((t) => `${t.Key}=${t.Value}`).sort());

describe("the documents adapter, moto vs the local cloud", () => {
  it("answers undefined for a document SSM does not have", async () => {
    const found = await onBoth((docs) => docs.describe("orca-nothing-here"));
    expect(found).toEqual({ moto: undefined, local: undefined });
  });

  it("creates with tags, and reports the SHA-256 of the content sent as the hash", async () => {
    const name = "orca-restart-a";
    const created = await onBoth((docs) =>
      docs.create({ name, content: restart, targetType }, { "orca-fleet:source-commit": "a".repeat(40) }),
    );
    expect(created).toEqual({ moto: "1", local: "1" });
    const described = await onBoth((docs) => docs.describe(name));
    const expected = {
      name,
      defaultVersion: "1",
      defaultHash: contentHash(restart),
      latestVersion: "1",
      latestHash: contentHash(restart),
    };
    expect(described).toEqual({ moto: expected, local: expected });
    const tags = await onBoth((_docs, client) => tagsOf(client, name));
    expect(tags.local).toEqual([`orca-fleet:source-commit=${"a".repeat(40)}`]);
    expect(tags.local).toEqual(tags.moto);
  });

  it("adds a version after the latest, leaves the default until told, and reads either version's content", async () => {
    const name = "orca-restart-b";
    const changed = restart.replace('default: "60"', 'default: "90"');
    expect(changed).not.toBe(restart);
    await onBoth((docs) => docs.create({ name, content: restart, targetType }, {}));
    const added = await onBoth((docs) => docs.update({ name, content: changed, targetType }, "1"));
    expect(added).toEqual({ moto: "2", local: "2" });
    const pending = await onBoth((docs) => docs.describe(name));
    const expected = {
      name,
      defaultVersion: "1",
      defaultHash: contentHash(restart),
      latestVersion: "2",
      latestHash: contentHash(changed),
    };
    expect(pending).toEqual({ moto: expected, local: expected });
    await onBoth((docs) => docs.setDefault(name, "2"));
    const moved = await onBoth((docs) => docs.describe(name));
    expect(moved.local).toMatchObject({ defaultVersion: "2", defaultHash: contentHash(changed) });
    expect(moved.local).toEqual(moved.moto);
    const contents = await onBoth((docs) => docs.content(name, "1"));
    expect(contents.local).toBe(restart);
    expect(contents.moto).toBe(restart);
  });

  it("refuses an update against a version that is no longer the latest, as moto does", async () => {
    const name = "orca-restart-c";
    await onBoth((docs) => docs.create({ name, content: restart, targetType }, {}));
    await onBoth((docs) => docs.update({ name, content: `${restart}# two\n`, targetType }, "1"));
    const stale = await oracle.both((client) =>
      createSsmDocuments(client).update({ name, content: `${restart}# three\n`, targetType }, "1"),
    );
    expect(errorOf(stale.local)).toBe("InvalidDocumentVersion");
    expect(errorOf(stale.local)).toBe(errorOf(stale.moto));
  });

  it("overwrites a tag's value by key and keeps the other tags", async () => {
    const name = "orca-restart-d";
    await onBoth((docs) => docs.create({ name, content: restart, targetType }, { team: "sre", commit: "1111111" }));
    await onBoth((docs) => docs.tag(name, { commit: "2222222" }));
    const tags = await onBoth((_docs, client) => tagsOf(client, name));
    expect(tags.local).toEqual(["commit=2222222", "team=sre"]);
    expect(tags.local).toEqual(tags.moto);
  });

  it("refuses to tag a document that does not exist, with moto's error code", async () => {
    const missing = await oracle.both((client) => createSsmDocuments(client).tag("orca-nobody", { a: "b" }));
    expect(errorOf(missing.local)).toBe("InvalidResourceId");
    expect(errorOf(missing.local)).toBe(errorOf(missing.moto));
  });
});
