// The tests a vitest file declares, read from its syntax tree without running it: describe/it/test (and suite)
// calls with their modifiers, nested describe titles joined by " > " as vitest names them. A title that is computed
// (a template with substitutions, a loop variable, a table that is not a literal) becomes a pattern; the map's test
// also asks vitest's own collection, which knows every computed name.
import { readFileSync } from "node:fs";
import ts from "typescript";

export interface DeclaredTest {
  /** The full name when every part is literal; otherwise undefined and `pattern` matches the possible names. */
  name: string | undefined;
  pattern: RegExp;
  kind: "describe" | "test";
  /** skip, todo, skipIf or runIf on the test or an enclosing describe: it may not run, so it proves nothing. */
  conditional: boolean;
  /** The test's own title has no literal text (`it(name, …)` in a loop): only vitest's collection can name it. */
  dynamicTitle: boolean;
  /** The call's statement in the file, for tools that cut a test out of a copy. */
  start: number;
  end: number;
}

const bases: Record<string, DeclaredTest["kind"]> = {
  describe: "describe",
  suite: "describe",
  it: "test",
  test: "test",
};
const conditionalModifiers = new Set(["skip", "todo", "skipIf", "runIf"]);

interface Callee {
  kind: DeclaredTest["kind"];
  modifiers: string[];
  table: ts.Expression | undefined;
}

/** `it`, `it.skip`, `it.each(table)`, `describe.runIf(x)`, … : the base, its modifiers and an each-table. */
function readCallee(expression: ts.Expression): Callee | undefined {
  if (ts.isIdentifier(expression)) {
    const kind = bases[expression.text];
    return kind === undefined ? undefined : { kind, modifiers: [], table: undefined };
  }
  if (ts.isPropertyAccessExpression(expression)) {
    const inner = readCallee(expression.expression);
    return inner && { ...inner, modifiers: [...inner.modifiers, expression.name.text] };
  }
  if (ts.isCallExpression(expression) && ts.isPropertyAccessExpression(expression.expression)) {
    const inner = readCallee(expression.expression);
    if (inner === undefined) return undefined;
    const modifier = expression.expression.name.text;
    return { ...inner, table: modifier === "each" || modifier === "for" ? expression.arguments[0] : inner.table };
  }
  return undefined;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const anything = "[\\s\\S]+";

/** One piece of a title: literal text, or a hole that any text may fill. */
type Piece = { text: string } | { hole: true };

function literalValue(node: ts.Node | undefined): string | undefined {
  if (node === undefined) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return String(Number(node.text));
  if (node.kind === ts.SyntaxKind.TrueKeyword) return "true";
  if (node.kind === ts.SyntaxKind.FalseKeyword) return "false";
  return undefined;
}

function titlePieces(node: ts.Expression | undefined): Piece[] {
  if (node === undefined) return [{ hole: true }];
  const literal = literalValue(node);
  if (literal !== undefined) return [{ text: literal }];
  if (ts.isTemplateExpression(node)) {
    const pieces: Piece[] = [{ text: node.head.text }];
    for (const span of node.templateSpans) pieces.push({ hole: true }, { text: span.literal.text });
    return pieces;
  }
  return [{ hole: true }];
}

function property(object: ts.ObjectLiteralExpression, path: string[]): string | undefined {
  const [head, ...rest] = path;
  for (const p of object.properties) {
    if (!ts.isPropertyAssignment(p) || p.name.getText() !== head) continue;
    if (rest.length === 0) return literalValue(p.initializer);
    return ts.isObjectLiteralExpression(p.initializer) ? property(p.initializer, rest) : undefined;
  }
  return undefined;
}

/** vitest's formatting of an each-title for one row: printf-style for arrays, $path for objects. */
function formatRow(pieces: Piece[], row: ts.Expression | undefined, index: number): Piece[] {
  return pieces.flatMap((piece): Piece[] => {
    if (!("text" in piece)) return [piece];
    const out: Piece[] = [];
    let args = row !== undefined && ts.isArrayLiteralExpression(row) ? [...row.elements] : row ? [row] : [];
    let rest = piece.text;
    const token = /%[sdifjo#%]|\$([A-Za-z_][\w.]*)/;
    for (let m = token.exec(rest); m !== null; m = token.exec(rest)) {
      out.push({ text: rest.slice(0, m.index) });
      rest = rest.slice(m.index + m[0].length);
      if (m[0] === "%%") out.push({ text: "%" });
      else if (m[0] === "%#") out.push({ text: String(index) });
      else if (m[0].startsWith("%")) {
        const value = row === undefined ? undefined : literalValue(args[0]);
        args = args.slice(1);
        out.push(value === undefined ? { hole: true } : { text: value });
      } else {
        const value =
          row !== undefined && ts.isObjectLiteralExpression(row) ? property(row, (m[1] ?? "").split(".")) : undefined;
        out.push(value === undefined ? { hole: true } : { text: value });
      }
    }
    out.push({ text: rest });
    return out;
  });
}

function rows(table: ts.Expression | undefined): (ts.Expression | undefined)[] {
  if (table === undefined) return [undefined];
  const inner = ts.isAsExpression(table) || ts.isSatisfiesExpression(table) ? table.expression : table;
  return ts.isArrayLiteralExpression(inner) && inner.elements.every((e) => !ts.isSpreadElement(e))
    ? [...inner.elements]
    : [undefined];
}

function join(prefix: Piece[], pieces: Piece[]): Piece[] {
  return prefix.length === 0 ? pieces : [...prefix, { text: " > " }, ...pieces];
}

function render(pieces: Piece[]): { name: string | undefined; pattern: RegExp } {
  const literal = pieces.every((p) => "text" in p);
  const source = pieces.map((p) => ("text" in p ? escapeRegExp(p.text) : anything)).join("");
  return {
    name: literal ? pieces.map((p) => ("text" in p ? p.text : "")).join("") : undefined,
    pattern: new RegExp(`^${source}$`),
  };
}

const parsed = new Map<string, DeclaredTest[]>();

/** Every describe and test that the file's source declares, in source order (remembered per path and text). */
export function declaredTests(path: string, text = readFileSync(path, "utf8")): DeclaredTest[] {
  const key = `${path}\u0000${text}`;
  const known = parsed.get(key);
  if (known !== undefined) return known;
  const found = readTests(path, text);
  parsed.set(key, found);
  return found;
}

function readTests(path: string, text: string): DeclaredTest[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: DeclaredTest[] = [];
  const walk = (node: ts.Node, prefixes: Piece[][], conditional: boolean): void => {
    if (ts.isCallExpression(node)) {
      const callee = readCallee(node.expression);
      if (callee !== undefined && node.arguments.length >= 1) {
        const isConditional = conditional || callee.modifiers.some((m) => conditionalModifiers.has(m));
        const title = titlePieces(node.arguments[0]);
        const names = rows(callee.table).map((row, index) =>
          callee.table === undefined ? title : formatRow(title, row, index),
        );
        const dynamicTitle = !title.some(
          (piece) => "text" in piece && piece.text.replace(/%[sdifjo#%]|\$[\w.]+/g, "").trim() !== "",
        );
        const statement = ts.isExpressionStatement(node.parent) ? node.parent : node;
        const full = prefixes.flatMap((prefix) => names.map((pieces) => join(prefix, pieces)));
        for (const pieces of full) {
          found.push({
            ...render(pieces),
            kind: callee.kind,
            conditional: isConditional,
            dynamicTitle,
            start: statement.getStart(source),
            end: statement.getEnd(),
          });
        }
        const body = node.arguments[1];
        if (callee.kind === "describe" && body !== undefined) walk(body, full, isConditional);
        return;
      }
    }
    ts.forEachChild(node, (child) => walk(child, prefixes, conditional));
  };
  walk(source, [[]], false);
  return found;
}

/** The declared tests a full name can be: exact names first, then patterns. */
export function matchTest(tests: readonly DeclaredTest[], name: string): DeclaredTest | undefined {
  const candidates = tests.filter((t) => t.kind === "test");
  return (
    candidates.find((t) => t.name === name) ??
    candidates.find((t) => t.name === undefined && !t.dynamicTitle && t.pattern.test(name))
  );
}
