// Whether a symbol the compliance map names is declared in its file. "Declared" is decided per file type, so that
// a rename in the code breaks the map's check rather than leaving a row that points at nothing:
//   .ts .mts .js     a declaration of that name (function, class, interface, type, enum, variable, parameter-free
//                    property of an object literal or interface); `a.b` is a property or key `b` inside `a`'s
//                    declaration.
//   .sh .bash        a shell function `name()` / `function name`, or an assignment `name=` (also after local,
//                    readonly, export or declare) at the start of a line.
//   .yml .yaml .json a key path, segments joined by "."; in a list a segment also picks the element whose Sid, name,
//                    id or path is that segment (IAM statements by Sid, cloud-init files by path's last part).
//   .hcl             a path of block types, block labels and attribute names: source.amazon-ebs.weborca.encrypt_boot.
//   .service .timer  `Section.Key` of the unit file.
//   .md              a heading's text, exactly.
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import ts from "typescript";
import { parse } from "yaml";

export type SymbolLookup = { found: true } | { found: false; reason: string };

const declarationKinds = new Set([
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.ClassDeclaration,
  ts.SyntaxKind.InterfaceDeclaration,
  ts.SyntaxKind.TypeAliasDeclaration,
  ts.SyntaxKind.EnumDeclaration,
  ts.SyntaxKind.VariableDeclaration,
  ts.SyntaxKind.PropertyAssignment,
  ts.SyntaxKind.ShorthandPropertyAssignment,
  ts.SyntaxKind.PropertySignature,
  ts.SyntaxKind.PropertyDeclaration,
  ts.SyntaxKind.MethodDeclaration,
]);

function declarationName(node: ts.Node): string | undefined {
  if (!declarationKinds.has(node.kind)) return undefined;
  const name = (node as ts.NamedDeclaration).name;
  if (name === undefined) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
  return undefined;
}

const sources = new Map<string, ts.SourceFile>();

function findTypeScript(text: string, file: string, path: string[]): boolean {
  const key = `${file}\u0000${text}`;
  const source = sources.get(key) ?? ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  sources.set(key, source);
  const search = (scope: ts.Node, segments: string[]): boolean => {
    const [head, ...rest] = segments;
    let hit = false;
    const visit = (node: ts.Node): void => {
      if (hit) return;
      if (declarationName(node) === head && (rest.length === 0 || search(node, rest))) {
        hit = true;
        return;
      }
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(scope, visit);
    return hit;
  };
  return search(source, path);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function findShell(text: string, name: string): boolean {
  const n = escapeRegExp(name);
  return new RegExp(
    `^\\s*(?:function\\s+${n}\\b|${n}\\s*\\(\\)|(?:(?:local|readonly|export|declare)(?:\\s+-\\w+)*\\s+)?${n}=)`,
    "m",
  ).test(text);
}

const namingKeys = ["Sid", "name", "id", "path"] as const;

function namedBy(element: unknown, segment: string): boolean {
  if (element === null || typeof element !== "object") return false;
  const record = element as Record<string, unknown>;
  return namingKeys.some((key) => {
    const value = record[key];
    return typeof value === "string" && (value === segment || value.split("/").at(-1) === segment);
  });
}

function findData(value: unknown, path: string[]): boolean {
  const [head, ...rest] = path;
  if (head === undefined) return true;
  if (Array.isArray(value)) {
    return value.some((element) => (namedBy(element, head) ? findData(element, rest) : findData(element, path)));
  }
  if (value !== null && typeof value === "object" && Object.hasOwn(value, head)) {
    return findData((value as Record<string, unknown>)[head], rest);
  }
  return false;
}

/** Every block and attribute path of an HCL file, read line by line (the formatter keeps one item per line). */
function hclPaths(text: string): Set<string> {
  const paths = new Set<string>();
  const stack: string[][] = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/#.*$/, "").trim();
    if (line === "") continue;
    const block = /^([A-Za-z_][\w-]*)((?:\s+"[^"]*")*)\s*\{$/.exec(line);
    const attribute = /^("?[A-Za-z_][\w:.-]*"?)\s*=\s*(.*)$/.exec(line);
    if (block) {
      const labels = [...(block[2] ?? "").matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? "");
      const segments = [...(stack.at(-1) ?? []), block[1] ?? "", ...labels];
      paths.add(segments.join("."));
      stack.push(segments);
    } else if (attribute) {
      const segments = [...(stack.at(-1) ?? []), (attribute[1] ?? "").replaceAll('"', "")];
      paths.add(segments.join("."));
      // `name = {` or `name = [` opens a value whose keys belong under name.
      if (/[{[]$/.test(attribute[2] ?? "")) stack.push(segments);
    } else if (/^[}\]]/.test(line)) {
      stack.pop();
    }
  }
  return paths;
}

function findUnit(text: string, section: string, key: string): boolean {
  let current = "";
  for (const line of text.split("\n")) {
    const header = /^\[(.+)\]\s*$/.exec(line);
    if (header) current = header[1] ?? "";
    else if (current === section && new RegExp(`^${escapeRegExp(key)}\\s*=`).test(line)) return true;
  }
  return false;
}

function findHeading(text: string, heading: string): boolean {
  return text.split("\n").some((line) => /^#{1,6}\s/.test(line) && line.replace(/^#{1,6}\s+/, "").trim() === heading);
}

/** Whether `symbol` is declared in the file at `path` (read from disk), by the rules of its type. */
export function lookUpSymbol(path: string, symbol: string): SymbolLookup {
  const type = extname(path);
  const text = readFileSync(path, "utf8");
  const missing = (what: string): SymbolLookup => ({ found: false, reason: `${path} declares no ${what} "${symbol}"` });
  switch (type) {
    case ".ts":
    case ".mts":
    case ".js":
      return findTypeScript(text, path, symbol.split(".")) ? { found: true } : missing("TypeScript declaration");
    case ".sh":
    case ".bash":
      return findShell(text, symbol) ? { found: true } : missing("shell function or variable");
    case ".yml":
    case ".yaml":
    case ".json":
      return findData(parse(text), symbol.split(".")) ? { found: true } : missing("key path");
    case ".hcl":
      return hclPaths(text).has(symbol) ? { found: true } : missing("HCL block or attribute");
    case ".service":
    case ".timer": {
      const [section, key] = symbol.split(".");
      return section !== undefined && key !== undefined && findUnit(text, section, key)
        ? { found: true }
        : missing("unit Section.Key");
    }
    case ".md":
      return findHeading(text, symbol) ? { found: true } : missing("heading");
    default:
      return { found: false, reason: `${path}: the map cannot name symbols in ${type || "extension-less"} files` };
  }
}
