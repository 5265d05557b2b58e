import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";

/**
 * The shape issue 8 settled, held so that it stays: thin actions, flows and core that reach the outside world only
 * through the adapters' ports, one input reader, one log port, one name for the registry folder.
 */

const root = join(import.meta.dirname, "../../..");
const actions = join(root, "actions");
/** Not actions: the library, the CLI and the bundle. */
const notActions = new Set(["lib", "cli", "dist"]);

const actionFolders = readdirSync(actions, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !notActions.has(entry.name))
  .map((entry) => entry.name);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Every module a file imports, statically or lazily. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)].flatMap((m) => (m[1] === undefined ? [] : [m[1]]));
}

const rel = (file: string) => relative(root, file);

describe("action folders", () => {
  it("are every folder of actions/ but lib, cli and dist, and each has an action.yml", () => {
    expect(actionFolders.length).toBeGreaterThan(5);
    for (const name of actionFolders) expect(statSync(join(actions, name, "action.yml")).isFile()).toBe(true);
  });

  it("hold action.yml, main.ts and inputs.ts and nothing else: the rest is library code", () => {
    for (const name of actionFolders)
      expect({ name, files: readdirSync(join(actions, name)).sort() }).toEqual({
        name,
        files: ["action.yml", "inputs.ts", "main.ts"],
      });
  });

  it("have a main.ts under 60 lines", () => {
    for (const name of actionFolders) {
      const lines = readFileSync(join(actions, name, "main.ts"), "utf8")
        .trimEnd()
        .split("\n").length;
      expect({ name, under60: lines < 60 }).toEqual({ name, under60: true });
    }
  });
});

/** The outside world's SDKs: only adapters (and the mains and the CLI that build them) may import them. */
const sdk = /^@(?:aws-sdk|octokit|actions|smithy)\//;

describe("flows and core", () => {
  const library = [...sourceFiles(join(actions, "lib/flows")), ...sourceFiles(join(actions, "lib/core"))];

  it("reach AWS and GitHub only through the adapters' interfaces, never an SDK or its client", () => {
    const offenders = library.flatMap((file) =>
      importsOf(file).flatMap((spec) => (sdk.test(spec) ? [`${rel(file)} imports ${spec}`] : [])),
    );
    expect(offenders).toEqual([]);
  });
});

describe("one of each", () => {
  const everything = [...sourceFiles(actions)].filter((file) => !rel(file).startsWith("actions/dist/"));

  it("input reader: only core/inputs.ts reads an input, and only an action's inputs.ts builds the reader", () => {
    const readsInputs = everything.filter((file) =>
      /\bgetInput\(|\bprocess\.env\.INPUT_/.test(readFileSync(file, "utf8")),
    );
    expect(readsInputs.map(rel)).toEqual(["actions/lib/core/inputs.ts"]);
    const buildsReader = everything.filter((file) => /createInputReader\(core/.test(readFileSync(file, "utf8")));
    expect(buildsReader.map(rel).sort()).toEqual(actionFolders.map((name) => `actions/${name}/inputs.ts`).sort());
  });

  it("log port: no log shape but core/ports.ts's Log", () => {
    const shapes = everything.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/^(?:export\s+)?(?:interface|type)\s+(\w*(?:Log|Logger))\b/gm)].map(
        (m) => `${rel(file)}: ${m[1]}`,
      ),
    );
    expect(shapes).toEqual(["actions/lib/core/ports.ts: Log"]);
  });

  it("registry folder: `clinics` in every action that reads it; its old names only as deprecated aliases", () => {
    const input = z.looseObject({ deprecationMessage: z.string().optional() });
    const actionYml = z.looseObject({ inputs: z.record(z.string(), input).optional() });
    for (const name of actionFolders) {
      const { inputs = {} } = actionYml.parse(parse(readFileSync(join(actions, name, "action.yml"), "utf8")));
      const reads = readFileSync(join(actions, name, "inputs.ts"), "utf8").includes("readRegistryFolder(");
      expect({ name, clinics: "clinics" in inputs }).toEqual({ name, clinics: reads });
      for (const old of ["clinics-dir", "path"])
        if (old in inputs)
          expect({ name, old, deprecated: inputs[old]?.deprecationMessage !== undefined }).toEqual({
            name,
            old,
            deprecated: true,
          });
    }
  });
});
