import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkComplianceMap, testsNamedByPattern } from "../../../scripts/compliance/check.js";
import { operatorBlank } from "../../../scripts/compliance/render-disclosure.js";
import {
  type ComplianceMap,
  loadComplianceMap,
  mapPath,
  parseComplianceMap,
} from "../../../scripts/compliance/schema.js";
import { lookUpSymbol } from "../../../scripts/compliance/symbols.js";
import { declaredTests, matchTest } from "../../../scripts/compliance/test-names.js";
import { generated } from "../../../scripts/generators/compliance.js";

/**
 * docs/compliance/map.yml claims, for each guideline requirement, a control, where it is enforced and the tests that
 * prove it. These tests hold the claims to the code: the real map must pass its check, and the check must fail on a
 * copy of the repository where a named test is deleted, skipped, a symbol renamed or a file removed.
 */

const map = loadComplianceMap();
const refs = map.controls.flatMap((c) => c.provedBy.map((t) => ({ control: c.id, ...t })));

describe("the compliance map", () => {
  it("names files, symbols and tests that exist, and a test for every control it claims", () => {
    expect(checkComplianceMap(map)).toEqual([]);
  });

  it("is rendered into docs/compliance.md and the disclosure as they are committed", async () => {
    expect(generated.map((g) => g.path).sort()).toEqual(["docs/compliance.md", "docs/compliance/disclosure.md"]);
    for (const file of generated) expect(readFileSync(file.path, "utf8"), file.path).toBe(await file.render());
  });

  it("marks every answer the operator must give, and claims nothing for a gap", () => {
    const disclosure = readFileSync("docs/compliance/disclosure.md", "utf8");
    const blanks = map.disclosure.sections.flatMap((s) => s.items).filter((i) => i.operator !== undefined).length;
    expect(blanks).toBeGreaterThan(0);
    expect(disclosure.split(`**${operatorBlank}**`).length - 1).toBe(blanks);
    for (const row of map.requirements.filter((r) => r.status === "gap" || r.status === "operator")) {
      expect(row.controls, row.id).toEqual([]);
    }
  });

  it("names tests that vitest itself collects where only vitest knows the name, and names them as vitest does", () => {
    const byPattern = testsNamedByPattern(map);
    expect(byPattern.length).toBeGreaterThan(0);
    const files = [...new Set(byPattern.map((t) => t.file))];
    const out = join(mkdtempSync(join(tmpdir(), "compliance-list-")), "list.json");
    // A nested vitest must not think it is one of this run's workers.
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("VITEST")));
    const run = spawnSync(process.execPath, ["node_modules/vitest/vitest.mjs", "list", `--json=${out}`, ...files], {
      encoding: "utf8",
      env,
    });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
    const listed = new Set(
      (JSON.parse(readFileSync(out, "utf8")) as { name: string; file: string }[]).map(
        (t) => `${t.file.slice(process.cwd().length + 1)}\u0000${t.name}`,
      ),
    );
    rmSync(dirname(out), { recursive: true, force: true });
    const missing = byPattern.filter((r) => !listed.has(`${r.file}\u0000${r.name}`)).map((r) => `${r.file}: ${r.name}`);
    expect(missing).toEqual([]);
    // The static reading names literal tests exactly as vitest does.
    const literal = files.flatMap((f) =>
      declaredTests(f)
        .filter((t) => t.kind === "test" && t.name !== undefined && !t.conditional)
        .map((t) => `${f}\u0000${t.name}`),
    );
    expect(literal.filter((key) => !listed.has(key))).toEqual([]);
  }, 240_000);
});

/** A temporary copy of the map and of every file it names, for breaking on purpose. */
function copyOfRepository(): string {
  const root = mkdtempSync(join(tmpdir(), "compliance-copy-"));
  const files = new Set([
    mapPath,
    ...map.controls.flatMap((c) => [...c.enforcedBy.map((e) => e.file), ...c.provedBy.map((t) => t.file)]),
  ]);
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    cpSync(file, join(root, file));
  }
  return root;
}

describe("the map's check over a temporary copy", () => {
  // Made in a hook, not while vitest collects the file (the collection test above lists this file too).
  let root = "";
  beforeAll(() => {
    root = copyOfRepository();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** Runs the check with one file of the copy changed, then puts the file back. */
  function checkWith(file: string, change: (text: string) => string, against: ComplianceMap = map): string[] {
    const path = join(root, file);
    const original = readFileSync(path, "utf8");
    const changed = change(original);
    expect(changed, `${file} was not changed`).not.toBe(original);
    writeFileSync(path, changed);
    try {
      return checkComplianceMap(against, root);
    } finally {
      writeFileSync(path, original);
    }
  }

  it("passes on the copy as it is", () => {
    expect(checkComplianceMap(map, root)).toEqual([]);
  });

  it.each(refs.map((r) => [`${r.file}: ${r.name}`, r] as const))("fails when a named test is deleted: %s", (_, ref) => {
    const problems = checkWith(ref.file, (text) => {
      const test = matchTest(declaredTests(ref.file, text), ref.name);
      if (test === undefined) throw new Error(`no declaration of ${ref.name}`);
      return `${text.slice(0, test.start)}${text.slice(test.end)}`;
    });
    expect(problems).toContainEqual(expect.stringContaining(`${ref.file} has no test named "${ref.name}"`));
  });

  it("fails when a named test is skipped", () => {
    const file = "test/unit/provision/check-review.test.ts";
    const name = "refuses with no merged pull request, no plan comment by the bot, or a tampered block";
    const problems = checkWith(file, (text) => text.replace(`it("${name}"`, `it.skip("${name}"`));
    expect(problems).toEqual([
      `control reviewed-plan-applied: "apply checks what it would create against the reviewed plan > ${name}" in ${file} is skipped, todo or conditional, so it proves nothing`,
    ]);
  });

  it.each([
    [
      "a TypeScript function",
      "actions/lib/flows/intake/authorise.ts",
      /\bisAuthorised\b/g,
      "isAuthorized",
      "isAuthorised",
    ],
    [
      "a key inside a TypeScript declaration",
      "actions/lib/adapters/aws/launch-request.ts",
      /\bMetadataOptions:/g,
      "MetadataOption:",
      "launchRequest.MetadataOptions",
    ],
    [
      "an IAM statement",
      "infra/policies/apply.policy.json",
      /LaunchWithoutPublicAddresses/g,
      "LaunchWithoutPublicIps",
      "Statement.LaunchWithoutPublicAddresses",
    ],
    [
      "an HCL attribute",
      "packer/golden-ami.pkr.hcl",
      /http_tokens /g,
      "http_token  ",
      "source.amazon-ebs.weborca.metadata_options.http_tokens",
    ],
    ["a shell function", "ssm-documents/src/probe.sh", /\borca_probe\(\)/g, "orca_check()", "orca_probe"],
    [
      "a step of a YAML document",
      "ssm-documents/orca-healthcheck.yml",
      /name: healthcheck/g,
      "name: check",
      "mainSteps.healthcheck",
    ],
    [
      "a workflow key",
      ".github/workflows/apply.yml",
      /environment: production/g,
      "env-name: production",
      "jobs.apply.environment",
    ],
    [
      "a Markdown heading",
      "docs/aws-setup.md",
      /## 3\. Permission policies/g,
      "## 3. Policies",
      "3. Permission policies: one source",
    ],
  ] as const)("fails when %s is renamed", (_, file, pattern, replacement, symbol) => {
    const problems = checkWith(file, (text) => text.replace(pattern, replacement));
    expect(problems).toContainEqual(expect.stringContaining(`${file} declares no `));
    expect(problems).toContainEqual(expect.stringContaining(`"${symbol}"`));
  });

  it("fails when a named file is missing", () => {
    const file = "infra/policies/instance.policy.json";
    const text = readFileSync(join(root, file), "utf8");
    rmSync(join(root, file));
    try {
      expect(checkComplianceMap(map, root)).toContainEqual(`control backup-write-only: ${file} does not exist`);
    } finally {
      writeFileSync(join(root, file), text);
    }
  });

  it("fails when a claimed control has no test, or a row names a control the map lacks", () => {
    const untested: ComplianceMap = {
      ...map,
      controls: map.controls.map((c) => (c.id === "imdsv2-only" ? { ...c, provedBy: [] } : c)),
    };
    expect(checkComplianceMap(untested, root)).toEqual([
      "control imdsv2-only: claims a control that no test proves; name one",
    ]);
    const dangling: ComplianceMap = {
      ...map,
      requirements: map.requirements.map((r, i) =>
        i === 0 ? { ...r, controls: [...r.controls, "tls-everywhere"] } : r,
      ),
    };
    expect(checkComplianceMap(dangling, root)).toEqual([
      `requirement ${map.requirements[0]?.id}: names control tls-everywhere, which the map lacks`,
    ]);
    const unclaimed: ComplianceMap = {
      ...map,
      requirements: map.requirements.map((r) => ({
        ...r,
        controls: r.controls.filter((c) => c !== "clock-skew-detection"),
      })),
    };
    expect(checkComplianceMap(unclaimed, root)).toContainEqual(
      "control clock-skew-detection: no requirement names it; map it or remove it",
    );
  });
});

describe("the map's schema", () => {
  const text = readFileSync(mapPath, "utf8");

  it("refuses a gap without a proposal and a claimed requirement without a control", () => {
    const noProposal = text.replace(/(\n {2}- id: ops-17-2-log-tamper\n(?:.*\n)*? {4})gap:\n(?: {6}.*\n)+/, "$1");
    expect(() => parseComplianceMap(noProposal)).toThrow(/says what is missing and proposes how/);
    const noControl = text.replace(/(id: ops-12-1-location\n(?:.*\n)*? {4}controls:) \[japan-regions-only\]/, "$1 []");
    expect(noControl).not.toBe(text);
    expect(() => parseComplianceMap(noControl)).toThrow(/names its controls/);
  });

  it("refuses a gap that claims a control", () => {
    const claiming = text.replace(
      /(id: ops-17-2-log-tamper\n(?:.*\n)*? {4}status: gap\n)/,
      "$1    controls: [audit-trail-comments]\n",
    );
    expect(claiming).not.toBe(text);
    expect(() => parseComplianceMap(claiming)).toThrow(/claims no control/);
  });
});

describe("lookUpSymbol", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "compliance-symbols-"));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const files: Record<string, string> = {
    "a.ts": 'export const fleet = { region: "x" };\nfunction local() {}\ninterface Shape { field: string }\n',
    "a.sh": "helper() {\n  local inner=1\n}\nreadonly LIMIT=3\n# not_a_function() in a comment\n",
    "a.yml": "jobs:\n  apply:\n    steps:\n      - name: Build\n        run: make\n",
    "a.json": '{ "Statement": [{ "Sid": "ReadOnly", "Action": "s3:GetObject" }] }',
    "a.hcl": 'variable "region" {\n  default = "ap-northeast-1"\n  validation {\n    condition = true\n  }\n}\n',
    "a.timer": "[Timer]\nOnCalendar=daily\n",
    "a.md": "# Title\n\n## Setting up\n\ntext with ## not a heading\n",
    "a.txt": "anything",
  };

  it.each([
    ["a.ts", "fleet", true],
    ["a.ts", "fleet.region", true],
    ["a.ts", "local", true],
    ["a.ts", "Shape.field", true],
    ["a.ts", "region", true],
    ["a.ts", "fleet.zone", false],
    ["a.ts", "Fleet", false],
    ["a.sh", "helper", true],
    ["a.sh", "inner", true],
    ["a.sh", "LIMIT", true],
    ["a.sh", "not_a_function", false],
    ["a.yml", "jobs.apply.steps.Build.run", true],
    ["a.yml", "jobs.apply.steps.Test", false],
    ["a.json", "Statement.ReadOnly", true],
    ["a.json", "Statement.ReadWrite", false],
    ["a.hcl", "variable.region.validation.condition", true],
    ["a.hcl", "variable.region.default", true],
    ["a.hcl", "variable.zone", false],
    ["a.timer", "Timer.OnCalendar", true],
    ["a.timer", "Service.OnCalendar", false],
    ["a.md", "Setting up", true],
    ["a.md", "not a heading", false],
    ["a.txt", "anything", false],
  ] as const)("%s: %s is declared: %s", (file, symbol, expected) => {
    expect(lookUpSymbol(join(dir, file), symbol).found).toBe(expected);
  });
});

describe("declaredTests", () => {
  it("joins describe titles, expands literal each-tables, and marks skipped or conditional tests", () => {
    const text = `
describe("outer", () => {
  it("plain", () => {});
  it.each([["first", 1], ["second", 2]])("%s has %d", () => {});
  it.each([{ name: "a" }])("object $name", () => {});
  describe.skip("inner", () => { it("skipped by its describe", () => {}); });
  it.runIf(process.env.X)("conditional", () => {});
  it(\`template \${1 + 1}\`, () => {});
});
test("top level", () => {});`;
    const tests = declaredTests("example.test.ts", text).filter((t) => t.kind === "test");
    expect(tests.map((t) => [t.name ?? t.pattern.source, t.conditional])).toEqual([
      ["outer > plain", false],
      ["outer > first has 1", false],
      ["outer > second has 2", false],
      ["outer > object a", false],
      ["outer > inner > skipped by its describe", true],
      ["outer > conditional", true],
      ["^outer > template [\\s\\S]+$", false],
      ["top level", false],
    ]);
  });
});
