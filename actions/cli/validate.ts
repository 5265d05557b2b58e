import { stat } from "node:fs/promises";
import { parseArgs } from "node:util";
import * as core from "@actions/core";
import { formatText, render } from "../lib/core/i18n/message.js";
import { annotateProblems } from "../lib/core/registry/annotate.js";
import { loadRegistry, type RegistryResult } from "../lib/core/registry/load.js";
import { formatProblem } from "../lib/core/registry/problem.js";
import { cliSummary } from "../lib/flows/validate/messages.js";
import type { Command } from "./command.js";
import { type CliIo, exitCodes, UsageError } from "./io.js";

const formats = ["text", "json"] as const;
type OutputFormat = (typeof formats)[number];

export const validateCommand: Command = {
  help: `Usage: orca-fleet validate [DIR] [--format text|json]

Checks fleet.yml and every <id>.yml in DIR (default: clinics): YAML, the schema, institution codes,
maintenance windows, file name = id, unique ids and codes, subnets and instance types known to fleet.yml.
Reports every problem as FILE:LINE:COLUMN FIELD: MESSAGE, in the fleet's locale; inside GitHub Actions
(GITHUB_ACTIONS=true) also as ::error annotations on the files, with text output.

Options:
  --format text|json  text for people (default), json for machines
  -h, --help          show this help

Exit codes: 0 valid, 1 problems found, 2 usage error.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { format: { type: "string", default: "text" }, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
    const outputFormat = formats.find((f) => f === values.format);
    if (!outputFormat) throw new UsageError(`--format must be text or json, not "${values.format}"`);
    if (positionals.length > 1) throw new UsageError(`expected one DIR, got ${positionals.length}`);
    const dir = positionals[0] ?? "clinics";
    if (!(await isDirectory(dir)))
      throw new UsageError(`${dir} is not a directory; pass the folder that holds fleet.yml`);
    const result = await loadRegistry(dir);
    print(result, outputFormat, io);
    return result.problems.length > 0 ? exitCodes.problems : exitCodes.ok;
  },
};

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

function print(result: RegistryResult, outputFormat: OutputFormat, io: CliIo): void {
  const { clinics, problems } = result;
  if (outputFormat === "json") {
    // Machines get each message rendered in the fleet's locale, and the rule it breaks to match on.
    const rendered = problems.map((p) => ({ ...p, rule: p.message.key, message: render(p.message, result.locale) }));
    io.out(JSON.stringify({ valid: problems.length === 0, clinics: clinics.length, problems: rendered }, null, 2));
    return;
  }
  const { locale } = result;
  for (const problem of problems) io.out(formatProblem(problem, locale));
  if (io.actions) annotateProblems(problems, io.actions.workspace, core, locale);
  const summary = problems.length === 0 ? cliSummary.valid : cliSummary.invalid;
  const files = new Set(problems.map((p) => p.file)).size;
  (problems.length === 0 ? io.out : io.err)(
    formatText(summary, locale, { clinics: clinics.length, problems: problems.length, files }),
  );
}
