// The compliance map's promises, checked against the repository: every named file exists, every named symbol is
// declared in its file, every named test is declared in its file and would run, every claimed control has a test,
// and every row points at controls that exist. Each problem is a sentence that names the row and the fix.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { ComplianceMap, TestRef } from "./schema.js";
import { lookUpSymbol } from "./symbols.js";
import { type DeclaredTest, declaredTests, matchTest } from "./test-names.js";

export function checkComplianceMap(map: ComplianceMap, root = "."): string[] {
  const problems: string[] = [];
  const testsOf = new Map<string, DeclaredTest[]>();
  const controlIds = new Set<string>();

  for (const control of map.controls) {
    const where = `control ${control.id}`;
    if (controlIds.has(control.id)) problems.push(`${where}: the id is used twice`);
    controlIds.add(control.id);
    for (const { file, symbol } of control.enforcedBy) {
      const path = join(root, file);
      if (!existsSync(path)) {
        problems.push(`${where}: ${file} does not exist`);
        continue;
      }
      const lookup = lookUpSymbol(path, symbol);
      if (!lookup.found) problems.push(`${where}: ${lookup.reason.replace(`${path} `, `${file} `)}`);
    }
    if (control.provedBy.length === 0) problems.push(`${where}: claims a control that no test proves; name one`);
    for (const { file, name } of control.provedBy) {
      const path = join(root, file);
      if (!existsSync(path)) {
        problems.push(`${where}: test file ${file} does not exist`);
        continue;
      }
      const tests = testsOf.get(path) ?? declaredTests(path);
      testsOf.set(path, tests);
      const test = matchTest(tests, name);
      if (test === undefined) problems.push(`${where}: ${file} has no test named "${name}"`);
      else if (test.conditional) {
        problems.push(`${where}: "${name}" in ${file} is skipped, todo or conditional, so it proves nothing`);
      }
    }
  }

  const claimed = new Set<string>();
  const requirementIds = new Set<string>();
  for (const row of map.requirements) {
    if (requirementIds.has(row.id)) problems.push(`requirement ${row.id}: the id is used twice`);
    requirementIds.add(row.id);
    for (const id of row.controls) {
      claimed.add(id);
      if (!controlIds.has(id)) problems.push(`requirement ${row.id}: names control ${id}, which the map lacks`);
    }
  }
  for (const id of controlIds) {
    if (!claimed.has(id)) problems.push(`control ${id}: no requirement names it; map it or remove it`);
  }
  for (const section of map.disclosure.sections) {
    for (const item of section.items) {
      for (const id of item.requirements) {
        if (!requirementIds.has(id)) {
          problems.push(
            `disclosure ${section.number} "${item.question}": names requirement ${id}, which the map lacks`,
          );
        }
      }
    }
  }
  return problems;
}

/**
 * The named tests whose names the syntax tree gives only as a pattern (a title built from a table that is not a
 * literal, or from a template): only vitest's own collection can say that such a test exists by that exact name.
 */
export function testsNamedByPattern(map: ComplianceMap, root = "."): TestRef[] {
  return map.controls
    .flatMap((c) => c.provedBy)
    .filter(({ file, name }) => {
      const path = join(root, file);
      return existsSync(path) && matchTest(declaredTests(path), name)?.name === undefined;
    });
}
