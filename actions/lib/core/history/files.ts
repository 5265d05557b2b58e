import { type FleetState, fleetStateSchema, type PeriodFile, periodFileSchema } from "./records.js";

/**
 * The history's files as text: JSON with one clinic or one event a line, so that a commit's diff shows what
 * changed line by line and a person can read the branch on GitHub. Parsing goes through the schema: a file that
 * does not match is an error that names the file, never silently replaced.
 */

export function stateText(state: FleetState): string {
  const clinics = Object.keys(state.clinics)
    .sort()
    .map((id) => `${JSON.stringify(id)}:${JSON.stringify(state.clinics[id])}`);
  const trend = state.patchTrend.map((point) => JSON.stringify(point));
  return [
    `{"version":${state.version},`,
    `"patchTrend":[${trend.length === 0 ? "" : `\n${trend.join(",\n")}\n`}],`,
    `"clinics":{${clinics.length === 0 ? "" : `\n${clinics.join(",\n")}\n`}}}`,
    "",
  ].join("\n");
}

export function periodText(file: PeriodFile): string {
  const events = file.events.map((event) => JSON.stringify(event));
  return [
    `{"version":${file.version},"period":${JSON.stringify(file.period)},"detail":${JSON.stringify(file.detail)},`,
    `"events":[${events.length === 0 ? "" : `\n${events.join(",\n")}\n`}]}`,
    "",
  ].join("\n");
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`history file ${path} is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

export function parseState(text: string, path: string): FleetState {
  const parsed = fleetStateSchema.safeParse(parseJson(text, path));
  if (!parsed.success) throw new Error(`history file ${path} does not match the schema: ${parsed.error.message}`);
  return parsed.data;
}

export function parsePeriod(text: string, path: string): PeriodFile {
  const parsed = periodFileSchema.safeParse(parseJson(text, path));
  if (!parsed.success) throw new Error(`history file ${path} does not match the schema: ${parsed.error.message}`);
  return parsed.data;
}
