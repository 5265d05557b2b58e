import { describe, expect, it } from "vitest";
import type { SsmDocuments } from "../../../actions/lib/adapters/aws/ssm-documents.js";
import { silentLog } from "../../../actions/lib/core/ports.js";
import { applyDocumentPlan } from "../../../actions/lib/flows/sync-documents/apply.js";
import { planDocuments, writesFor } from "../../../actions/lib/flows/sync-documents/plan.js";
import { local, type ModelDocument, remoteMap, yaml } from "./fixtures.js";

/** A fake SSM over the model that records each write, and refuses an update as SSM does when told to. */
function fakeDocuments(model: Map<string, ModelDocument>, refuseUpdateOf?: string) {
  const calls: string[] = [];
  const fail = (name: string) => Object.assign(new Error(`refused ${name}`), { name });
  const documents: SsmDocuments = {
    describe: async () => {
      throw new Error("apply reads nothing: it writes the plan it is given");
    },
    content: async () => {
      throw new Error("apply reads nothing");
    },
    async create(doc) {
      calls.push(`CreateDocument ${doc.name}`);
      model.set(doc.name, { versions: [doc.content], defaultIndex: 0 });
      return "1";
    },
    async update(doc, latestVersion) {
      calls.push(`UpdateDocument ${doc.name} after ${latestVersion}`);
      if (doc.name === refuseUpdateOf) throw fail("DuplicateDocumentContent");
      const found = model.get(doc.name);
      found?.versions.push(doc.content);
      return String(found?.versions.length);
    },
    async setDefault(name, version) {
      calls.push(`UpdateDocumentDefaultVersion ${name} ${version}`);
      const found = model.get(name);
      if (found) found.defaultIndex = Number(version) - 1;
    },
    async tag(name, tags) {
      calls.push(`AddTagsToResource ${name} ${Object.values(tags).join(",")}`);
    },
  };
  return { documents, calls };
}

const version = (s: string) => yaml(s, { p: s }, [`echo ${s}`]);
const [a, b, c] = [version("a"), version("b"), version("c")];

describe("applyDocumentPlan", () => {
  it("sends exactly the writes each change needs, and goes on past a refused document", async () => {
    const model = new Map<string, ModelDocument>([
      ["orca-same", { versions: [a], defaultIndex: 0 }],
      ["orca-changed", { versions: [a], defaultIndex: 0 }],
      ["orca-half", { versions: [a, b], defaultIndex: 0 }],
      ["orca-reverted", { versions: [b, c, a], defaultIndex: 2 }],
    ]);
    const locals = [
      local("orca-same", a),
      local("orca-changed", b),
      local("orca-half", b),
      local("orca-new", c),
      local("orca-reverted", b),
    ];
    const plan = planDocuments(locals, remoteMap(model));
    const { documents, calls } = fakeDocuments(model, "orca-reverted");
    const results = await applyDocumentPlan(
      plan,
      { documents, log: silentLog },
      { targetType: "/AWS::EC2::Instance", tags: { "orca-fleet:source-commit": "c0ffee0" } },
    );
    expect(results).toEqual([
      { name: "orca-changed", outcome: "updated", version: "2" },
      { name: "orca-half", outcome: "default-moved", version: "2" },
      { name: "orca-new", outcome: "created", version: "1" },
      { name: "orca-reverted", outcome: "failed", version: "3", error: "DuplicateDocumentContent" },
      { name: "orca-same", outcome: "unchanged", version: "1" },
    ]);
    expect(calls).toEqual([
      "UpdateDocument orca-changed after 1",
      "UpdateDocumentDefaultVersion orca-changed 2",
      "AddTagsToResource orca-changed c0ffee0",
      "UpdateDocumentDefaultVersion orca-half 2",
      "AddTagsToResource orca-half c0ffee0",
      "CreateDocument orca-new",
      "UpdateDocument orca-reverted after 3",
    ]);
    // What was written is what writesFor promised, the refused update aside.
    const promised = plan.changes.filter((ch) => ch.document.name !== "orca-reverted").flatMap(writesFor);
    expect(calls.filter((call) => !call.includes("orca-reverted")).map((call) => call.split(" ")[0])).toEqual(promised);
  });
});
