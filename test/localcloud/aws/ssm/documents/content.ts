import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { z } from "zod";
import { AwsError } from "../../types.js";

/** A Command document's content, read as SSM reads it: schema 1.2 (runtimeConfig) or 2.x (mainSteps). */

const parameterTypes = ["String", "StringList", "Boolean", "Integer", "MapList", "StringMap"] as const;

const declaredParameterSchema = z.object({
  type: z.enum(parameterTypes),
  description: z.string().optional(),
  default: z.unknown().optional(),
  allowedPattern: z.string().optional(),
  allowedValues: z.array(z.string()).optional(),
  minItems: z.int().optional(),
  maxItems: z.int().optional(),
});
export type DeclaredParameter = z.infer<typeof declaredParameterSchema>;

const stepSchema = z.object({
  action: z.string(),
  name: z.string().regex(/^[A-Za-z0-9_.:-]+$/),
  inputs: z.record(z.string(), z.unknown()),
});

const contentSchema = z.object({
  schemaVersion: z.string(),
  description: z.string().optional(),
  parameters: z.record(z.string(), declaredParameterSchema).optional(),
  mainSteps: z.array(stepSchema).min(1).optional(),
  runtimeConfig: z
    .record(z.string(), z.object({ properties: z.array(z.record(z.string(), z.unknown())).min(1) }))
    .optional(),
});

export interface DocumentStep {
  /** The plugin name that command output is reported under. */
  name: string;
  action: string;
  inputs: Record<string, unknown>;
}

export interface ParsedDocument {
  schemaVersion: string;
  description: string | undefined;
  parameters: Record<string, DeclaredParameter>;
  steps: DocumentStep[];
}

export type DocumentFormat = "JSON" | "YAML";

function readText(content: string, format: DocumentFormat): unknown {
  try {
    return format === "JSON" ? JSON.parse(content) : parseYaml(content);
  } catch {
    throw new AwsError("InvalidDocumentContent", `The content for the document is not valid ${format}.`);
  }
}

/** Parses and checks a Command document; refuses as CreateDocument and UpdateDocument refuse. */
export function parseCommandDocument(content: string, format: DocumentFormat): ParsedDocument {
  const parsed = contentSchema.safeParse(readText(content, format));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AwsError(
      "InvalidDocumentContent",
      `The content for the document is not valid: ${issue ? `${issue.path.join(".")}: ${issue.message}` : ""}`,
    );
  }
  const doc = parsed.data;
  if (!["1.2", "2.0", "2.2"].includes(doc.schemaVersion)) {
    throw new AwsError(
      "InvalidDocumentSchemaVersion",
      `Document schema version, ${doc.schemaVersion}, is not supported for Command documents.`,
    );
  }
  let steps: DocumentStep[];
  if (doc.schemaVersion === "1.2") {
    if (!doc.runtimeConfig) throw new AwsError("InvalidDocumentContent", "A schema 1.2 document needs runtimeConfig.");
    steps = Object.entries(doc.runtimeConfig).flatMap(([action, plugin]) =>
      plugin.properties.map((inputs) => ({ name: action, action, inputs })),
    );
  } else {
    if (!doc.mainSteps) throw new AwsError("InvalidDocumentContent", "A schema 2.x document needs mainSteps.");
    const names = doc.mainSteps.map((s) => s.name);
    if (new Set(names).size !== names.length) {
      throw new AwsError("InvalidDocumentContent", "Step names must be unique within a document.");
    }
    steps = doc.mainSteps.map((s) => ({ name: s.name, action: s.action, inputs: s.inputs }));
  }
  return { schemaVersion: doc.schemaVersion, description: doc.description, parameters: doc.parameters ?? {}, steps };
}

/** Converts content between JSON and YAML, as GetDocument's DocumentFormat does. */
export function convertContent(content: string, from: DocumentFormat, to: DocumentFormat): string {
  if (from === to) return content;
  const data = readText(content, from);
  return to === "JSON" ? JSON.stringify(data, null, 2) : stringifyYaml(data);
}

function defaultValues(p: DeclaredParameter): string[] | undefined {
  if (p.default === undefined) return undefined;
  if (Array.isArray(p.default)) return p.default.map((v) => (typeof v === "string" ? v : JSON.stringify(v)));
  return [typeof p.default === "string" ? p.default : JSON.stringify(p.default)];
}

function invalid(message: string): AwsError {
  return new AwsError("InvalidParameters", message);
}

/**
 * Checks SendCommand's Parameters against the document's declarations (names, types, allowedPattern,
 * allowedValues, item counts) and fills in defaults; refuses with InvalidParameters as SSM does.
 */
export function resolveParameters(doc: ParsedDocument, given: Record<string, string[]>): Record<string, string[]> {
  for (const key of Object.keys(given)) {
    if (!(key in doc.parameters)) {
      throw invalid(`Parameter "${key}" is not declared in the document, so the document can't accept it.`);
    }
  }
  const resolved: Record<string, string[]> = {};
  for (const [key, declared] of Object.entries(doc.parameters)) {
    const values = given[key] ?? defaultValues(declared);
    if (values === undefined) throw invalid(`Parameter "${key}" is required but no value was given.`);
    const single = declared.type !== "StringList" && declared.type !== "MapList";
    if (single && values.length !== 1) throw invalid(`Parameter "${key}" takes one value, not ${values.length}.`);
    if (declared.minItems !== undefined && values.length < declared.minItems) {
      throw invalid(`Parameter "${key}" needs at least ${declared.minItems} item(s).`);
    }
    if (declared.maxItems !== undefined && values.length > declared.maxItems) {
      throw invalid(`Parameter "${key}" takes at most ${declared.maxItems} item(s).`);
    }
    for (const value of values) {
      if (declared.type === "Integer" && !/^-?[0-9]+$/.test(value)) {
        throw invalid(`Parameter "${key}" must be an integer, not "${value}".`);
      }
      if (declared.type === "Boolean" && value !== "true" && value !== "false") {
        throw invalid(`Parameter "${key}" must be true or false, not "${value}".`);
      }
      if (declared.allowedPattern !== undefined && !new RegExp(declared.allowedPattern).test(value)) {
        throw invalid(
          `Parameter "${key}" value "${value}" does not match the allowed pattern ${declared.allowedPattern}.`,
        );
      }
      if (declared.allowedValues !== undefined && !declared.allowedValues.includes(value)) {
        throw invalid(`Parameter "${key}" value "${value}" is not one of ${declared.allowedValues.join(", ")}.`);
      }
    }
    resolved[key] = values;
  }
  return resolved;
}

const placeholder = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

function substitute(text: string, params: Record<string, string[]>): string {
  return text.replace(placeholder, (whole, key: string) => params[key]?.join(",") ?? whole);
}

/**
 * The script of an aws:runShellScript step with parameters substituted: an element that is exactly one StringList
 * placeholder expands into its items, as `{{ commands }}` does in AWS-RunShellScript.
 */
export function renderRunCommand(step: DocumentStep, params: Record<string, string[]>): string {
  const runCommand = step.inputs.runCommand;
  const lines = typeof runCommand === "string" ? [runCommand] : z.array(z.string()).parse(runCommand ?? []);
  return lines
    .flatMap((line) => {
      const only = /^\s*\{\{\s*([A-Za-z0-9_]+)\s*\}\}\s*$/.exec(line);
      const list = only?.[1] === undefined ? undefined : params[only[1]];
      return list ?? [substitute(line, params)];
    })
    .join("\n");
}

/** A step input such as timeoutSeconds or workingDirectory, substituted. */
export function stepInput(step: DocumentStep, key: string, params: Record<string, string[]>): string | undefined {
  const value = step.inputs[key];
  if (value === undefined) return undefined;
  return substitute(typeof value === "string" ? value : JSON.stringify(value), params);
}
