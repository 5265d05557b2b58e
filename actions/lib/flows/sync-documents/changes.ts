import { parse } from "yaml";
import { z } from "zod";

/** What a new version changes against the one SSM runs now, for a person reviewing the plan. */
export interface ContentChanges {
  description: boolean;
  parametersAdded: string[];
  parametersRemoved: string[];
  /** Declared in both, with a different type, default, pattern or description. */
  parametersChanged: string[];
  /** Lines of the content present only in the new version, and only in the current one (as multisets). */
  linesAdded: number;
  linesRemoved: number;
}

const shape = z.looseObject({
  description: z.unknown().optional(),
  parameters: z.record(z.string(), z.unknown()).optional(),
});

function readShape(content: string): z.infer<typeof shape> {
  try {
    const parsed = shape.safeParse(parse(content));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

function lineCounts(content: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of content.split("\n")) counts.set(line, (counts.get(line) ?? 0) + 1);
  return counts;
}

/** Lines of `a` not matched by a line of `b`, counting repeats. */
function surplus(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [line, count] of a) n += Math.max(0, count - (b.get(line) ?? 0));
  return n;
}

/** Compares two contents (YAML or JSON); `before` is undefined for a document SSM does not have yet. Pure. */
export function compareContents(before: string | undefined, after: string): ContentChanges {
  const old = before === undefined ? {} : readShape(before);
  const now = readShape(after);
  const oldParams = old.parameters ?? {};
  const newParams = now.parameters ?? {};
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const oldLines = before === undefined ? new Map<string, number>() : lineCounts(before);
  const newLines = lineCounts(after);
  return {
    description: before !== undefined && !same(old.description, now.description),
    parametersAdded: Object.keys(newParams)
      .filter((k) => !(k in oldParams))
      .sort(),
    parametersRemoved: Object.keys(oldParams)
      .filter((k) => !(k in newParams))
      .sort(),
    parametersChanged: Object.keys(newParams)
      .filter((k) => k in oldParams && !same(oldParams[k], newParams[k]))
      .sort(),
    linesAdded: surplus(newLines, oldLines),
    linesRemoved: surplus(oldLines, newLines),
  };
}
