import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";

/** action.yml as the runner reads it; only `node24` JavaScript actions exist in this toolkit. */
export const actionManifestSchema = z.object({
  name: z.string(),
  description: z.string(),
  inputs: z
    .record(
      z.string(),
      z.object({
        description: z.string(),
        required: z.boolean().optional(),
        // YAML may type a default as a number or a boolean; the runner passes its text.
        default: z.union([z.string(), z.number(), z.boolean()]).transform(String).optional(),
      }),
    )
    .default({}),
  outputs: z.record(z.string(), z.object({ description: z.string() })).default({}),
  runs: z.object({ using: z.literal("node24"), main: z.string() }),
});

export type ActionManifest = z.infer<typeof actionManifestSchema>;

export async function readActionManifest(actionsDir: string, action: string): Promise<ActionManifest> {
  const file = join(actionsDir, action, "action.yml");
  const parsed = actionManifestSchema.safeParse(parse(await readFile(file, "utf8")));
  if (!parsed.success) throw new Error(`${file} is not a valid node24 action: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The bundle entry that `runs.main` names, relative to the action's folder. */
export function actionEntry(actionsDir: string, action: string, manifest: ActionManifest): string {
  return join(actionsDir, action, manifest.runs.main);
}
