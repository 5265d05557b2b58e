import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { render } from "../../../actions/lib/core/i18n/message.js";
import { maxClinicBytes, maxFleetBytes } from "../../../actions/lib/core/registry/file-text.js";
import { clinicHints } from "../../../actions/lib/core/registry/messages.js";
import { createReporter, maxProblemsPerFile } from "../../../actions/lib/core/registry/reporter.js";
import { readYaml } from "../../../actions/lib/core/registry/yaml-source.js";
import { copyExampleRegistry, examples } from "./example-registry.js";
import { loadShown } from "./shown.js";

let dir: string;

beforeEach(() => {
  dir = copyExampleRegistry("orca-bounded-");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const unknownKeys = (count: number) => Array.from({ length: count }, (_, i) => `unknownKey${i}: value${i}\n`).join("");

describe("validation of bad input stays bounded", () => {
  it("lists at most maxProblemsPerFile problems of one file, then says how many there are", async () => {
    const shinjuku = readFileSync(join(examples, "shinjuku-naika.yml"), "utf8");
    writeFileSync(join(dir, "shinjuku-naika.yml"), shinjuku + unknownKeys(1000));
    const { problems } = await loadShown(dir);
    expect(problems).toHaveLength(maxProblemsPerFile + 1);
    expect(problems.filter((p) => p.field === "unknownKey0")).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: "(file)", message: expect.stringContaining("1,000 件") });
  });

  it("looks up the position of only the problems it lists, however many keys are wrong", () => {
    const source = readYaml(unknownKeys(2000));
    let lookups = 0;
    const counted = {
      ...source,
      locate: (...args: Parameters<typeof source.locate>) => {
        lookups++;
        return source.locate(...args);
      },
    };
    const reporter = createReporter("big.yml", counted, clinicHints);
    for (let i = 0; i < 2000; i++)
      reporter.add([`unknownKey${i}`], "schema.unknownKey", { key: `unknownKey${i}`, known: [] }, "key");
    expect(lookups).toBe(maxProblemsPerFile);
    const last = reporter.problems.at(-1)?.message;
    expect(last && render(last, "en")).toBe(
      `This file has 2,000 problems; only the first ${maxProblemsPerFile} are listed. Fix them and validate again to see the rest.`,
    );
  });

  it("still finds a key written twice in a long mapping, at the second one", () => {
    const source = readYaml(`${unknownKeys(5000)}unknownKey7: again\n`);
    expect(source.faults).toEqual([
      {
        fault: { rule: "yaml.duplicateKey", key: "unknownKey7" },
        path: ["unknownKey7"],
        position: { line: 5001, column: 1 },
      },
    ]);
  });

  it("refuses a clinic file over the bound before parsing it", async () => {
    writeFileSync(join(dir, "shinjuku-naika.yml"), `# ${"x".repeat(maxClinicBytes)}\nid: [unclosed\n`);
    const { problems, clinics } = await loadShown(dir);
    expect(clinics).toHaveLength(13);
    expect(problems).toEqual([
      {
        file: join(dir, "shinjuku-naika.yml"),
        line: 1,
        column: 1,
        field: "(file)",
        message: `このファイルは ${(maxClinicBytes + 17).toLocaleString("en")} バイトあり、上限の 65,536 バイトを超えるため読み込みませんでした。レジストリの項目だけを書いてください。`,
      },
    ]);
  });

  it("refuses a fleet.yml over its own, larger bound", async () => {
    writeFileSync(
      join(dir, "fleet.yml"),
      `${readFileSync(join(examples, "fleet.yml"), "utf8")}# ${"x".repeat(maxFleetBytes)}\n`,
    );
    const { problems, fleet } = await loadShown(dir);
    expect(fleet).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({ file: join(dir, "fleet.yml"), message: expect.stringContaining("262,144") }),
    ]);
  });

  it("never echoes the bytes of a binary file: it is not a text file", async () => {
    const binary = Buffer.from([0x69, 0x64, 0x3a, 0x20, 0x00, 0x01, 0xff, 0xfe, 0x1b, 0x5b, 0x33, 0x31, 0x6d, 0x0a]);
    writeFileSync(join(dir, "shinjuku-naika.yml"), binary);
    writeFileSync(join(dir, "umeda-hifuka.yml"), Buffer.from("id: umeda-hifuka\nname: \xff\xfe\n", "latin1"));
    const { problems } = await loadShown(dir);
    expect(problems.map((p) => [p.file, p.field, p.message])).toEqual([
      [join(dir, "shinjuku-naika.yml"), "(file)", expect.stringContaining("テキストファイルではない")],
      [join(dir, "umeda-hifuka.yml"), "(file)", expect.stringContaining("テキストファイルではない")],
    ]);
    for (const problem of problems) {
      for (const echoed of ["\u0000", "\u0001", "\u001b", "\ufffd"]) expect(problem.message).not.toContain(echoed);
    }
  });
});
