import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { z } from "zod";

/**
 * Validates answers against GitHub's own OpenAPI description (@octokit/openapi). The description is OpenAPI 3.0:
 * `nullable: true` becomes a JSON Schema union with null before Ajv sees it, and `oneOf` becomes `anyOf`: GitHub's
 * alternatives overlap (a basic error also fits the rule-violation error), so a real answer would fail `oneOf`.
 */

const operation = z.object({
  responses: z.record(z.string(), z.object({ $ref: z.string().optional(), content: z.unknown().optional() })),
});
const spec = z.object({
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
  components: z.object({
    schemas: z.record(z.string(), z.unknown()),
    responses: z.record(z.string(), z.object({ content: z.unknown().optional() })),
  }),
});
const jsonContent = z.object({ "application/json": z.object({ schema: z.unknown() }) });

export type Spec = z.infer<typeof spec>;

export function loadGithubSpec(): Spec {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve("@octokit/openapi/package.json"));
  const text = readFileSync(join(root, "generated", "api.github.com.json"), "utf8");
  return spec.parse(JSON.parse(text));
}

/** Rewrites OpenAPI 3.0's `nullable` (and `oneOf`, see above) into JSON Schema, recursively. */
export function fromOpenApi(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(fromOpenApi);
  if (typeof node !== "object" || node === null) return node;
  const out: Record<string, unknown> = {};
  let nullable = false;
  for (const [key, value] of Object.entries(node)) {
    if (key === "nullable") nullable = value === true;
    else if (key === "example" || key === "examples") continue;
    else out[key === "oneOf" ? "anyOf" : key] = fromOpenApi(value);
  }
  if (!nullable) return out;
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  if (typeof out.type === "string") return { ...out, type: [out.type, "null"] };
  return { anyOf: [out, { type: "null" }] };
}

export class GithubContract {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly spec: Spec) {
    this.ajv = new Ajv({ strict: false, allErrors: true });
    // ajv-formats is CommonJS; its default export arrives wrapped under ESM.
    const addFormats = "default" in addFormatsModule ? addFormatsModule.default : addFormatsModule;
    addFormats(this.ajv);
    this.ajv.addFormat("uri-template", true);
    this.ajv.addSchema({ $id: "gh", components: { schemas: fromOpenApi(spec.components.schemas) } });
  }

  hasOperation(method: string, template: string): boolean {
    return this.spec.paths[template]?.[method.toLowerCase()] !== undefined;
  }

  /** Validates one answer; returns Ajv's errors as text, or undefined when the body fits the schema. */
  check(method: string, template: string, status: number, body: unknown): string | undefined {
    const key = `${method} ${template} ${status}`;
    let validate = this.compiled.get(key);
    if (validate === undefined) {
      const schema = this.responseSchema(method, template, status);
      if (schema === undefined) return `no ${status} response with a JSON body for ${method} ${template} in the spec`;
      const local = JSON.stringify(fromOpenApi(schema)).replaceAll('"#/components/', '"gh#/components/');
      validate = this.ajv.compile(JSON.parse(local));
      this.compiled.set(key, validate);
    }
    if (validate(body)) return undefined;
    return this.ajv.errorsText(validate.errors, { separator: "\n" });
  }

  private responseSchema(method: string, template: string, status: number): unknown {
    const op = operation.safeParse(this.spec.paths[template]?.[method.toLowerCase()]);
    if (!op.success) return undefined;
    const response = op.data.responses[String(status)];
    if (response === undefined) return undefined;
    const content =
      response.$ref === undefined
        ? response.content
        : this.spec.components.responses[response.$ref.replace("#/components/responses/", "")]?.content;
    const json = jsonContent.safeParse(content);
    return json.success ? json.data["application/json"].schema : undefined;
  }
}
