import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DocumentPlan, planDocuments, writesFor } from "../../../actions/lib/flows/sync-documents/plan.js";
import { local, type ModelDocument, remoteMap, yaml } from "./fixtures.js";

/** Applies a plan to the model as apply does: a new version where it updates, the default moved, nothing deleted. */
function applyToModel(plan: DocumentPlan, model: Map<string, ModelDocument>): void {
  for (const change of plan.changes) {
    const doc = model.get(change.document.name);
    switch (change.kind) {
      case "create":
        model.set(change.document.name, { versions: [change.document.content], defaultIndex: 0 });
        break;
      case "update":
        doc?.versions.push(change.document.content);
        if (doc) doc.defaultIndex = doc.versions.length - 1;
        break;
      case "set-default":
        if (doc) doc.defaultIndex = Number(change.toVersion) - 1;
        break;
      case "unchanged":
        break;
    }
  }
}

describe("planDocuments", () => {
  it("creates what SSM lacks, updates what changed, and leaves equal content alone", () => {
    const before = yaml("probe", { timeout: "10", url: "x" }, ["echo one", "echo two"]);
    const after = yaml("probe, better", { timeout: "12", port: "8000" }, ["echo one", "echo three", "echo four"]);
    const model = new Map<string, ModelDocument>([
      ["orca-restart", { versions: [before, after], defaultIndex: 1 }],
      ["orca-healthcheck", { versions: [before], defaultIndex: 0 }],
    ]);
    const plan = planDocuments(
      [local("orca-update", after), local("orca-restart", after), local("orca-healthcheck", after)],
      remoteMap(model),
    );
    expect(plan.changes.map((c) => [c.document.name, c.kind])).toEqual([
      ["orca-healthcheck", "update"],
      ["orca-restart", "unchanged"],
      ["orca-update", "create"],
    ]);
    const update = plan.changes[0];
    if (update?.kind !== "update") throw new Error("expected an update");
    expect(update.current).toEqual({ version: "1", hash: local("x", before).hash });
    expect(update.latestVersion).toBe("1");
    expect(update.changes).toEqual({
      description: true,
      parametersAdded: ["port"],
      parametersRemoved: ["url"],
      parametersChanged: ["timeout"],
      linesAdded: 6,
      linesRemoved: 5,
    });
  });

  it("only moves the default when the latest version already holds the content (a run stopped half-way)", () => {
    const [v1, v2] = [yaml("a", {}, ["one"]), yaml("a", {}, ["two"])];
    const plan = planDocuments(
      [local("orca-restart", v2)],
      remoteMap(new Map([["orca-restart", { versions: [v1, v2], defaultIndex: 0 }]])),
    );
    expect(plan.changes[0]).toMatchObject({ kind: "set-default", toVersion: "2", current: { version: "1" } });
  });

  // Contents drawn from a small pool, so equal contents (and therefore every kind of change) come up often.
  const contents = fc.constantFrom(...["a", "b", "c", "d"].map((s) => yaml(s, { p: s }, [`echo ${s}`])));
  const world = fc.record({
    local: fc.uniqueArray(fc.record({ name: fc.stringMatching(/^orca-[a-z]{1,6}$/), content: contents }), {
      selector: (d) => d.name,
      maxLength: 8,
    }),
    remote: fc.array(
      fc.record({
        name: fc.stringMatching(/^orca-[a-z]{1,6}$/),
        versions: fc.uniqueArray(contents, { minLength: 1, maxLength: 4 }),
        defaultPick: fc.nat(),
      }),
      { maxLength: 8 },
    ),
  });
  const build = (w: { remote: { name: string; versions: string[]; defaultPick: number }[] }) =>
    new Map<string, ModelDocument>(
      w.remote.map((r) => [r.name, { versions: [...r.versions], defaultIndex: r.defaultPick % r.versions.length }]),
    );

  it("lists every local document once, sorted, and nothing SSM has without a file", () => {
    fc.assert(
      fc.property(world, (w) => {
        const plan = planDocuments(
          w.local.map((d) => local(d.name, d.content)),
          remoteMap(build(w)),
        );
        const names = plan.changes.map((c) => c.document.name);
        expect(names).toEqual(w.local.map((d) => d.name).sort());
      }),
    );
  });

  it("decides on the hashes alone: create, unchanged, set-default or update", () => {
    fc.assert(
      fc.property(world, (w) => {
        const model = build(w);
        const plan = planDocuments(
          w.local.map((d) => local(d.name, d.content)),
          remoteMap(model),
        );
        for (const change of plan.changes) {
          const doc = model.get(change.document.name);
          const content = change.document.content;
          const expected =
            doc === undefined
              ? "create"
              : doc.versions[doc.defaultIndex] === content
                ? "unchanged"
                : doc.versions.at(-1) === content
                  ? "set-default"
                  : "update";
          expect(change.kind).toBe(expected);
        }
      }),
    );
  });

  it("after its plan is applied, plans nothing more: a second run writes nothing", () => {
    fc.assert(
      fc.property(world, (w) => {
        const model = build(w);
        const docs = w.local.filter((d) => {
          // An update to content an older, non-latest version holds is refused by SSM (DuplicateDocumentContent):
          // apply reports it; the model leaves such documents out.
          const m = model.get(d.name);
          return (
            m === undefined || !m.versions.slice(0, -1).includes(d.content) || m.versions[m.defaultIndex] === d.content
          );
        });
        const locals = docs.map((d) => local(d.name, d.content));
        applyToModel(planDocuments(locals, remoteMap(model)), model);
        const again = planDocuments(locals, remoteMap(model));
        expect(again.changes.every((c) => c.kind === "unchanged")).toBe(true);
        expect(again.changes.flatMap(writesFor)).toEqual([]);
      }),
    );
  });
});
