/**
 * `npm run localcloud -- --aws-port 4566 --github-port 4567 [--clinics DIR]`: both endpoints in the foreground,
 * the environment to export printed, a clean stop on SIGINT, SIGTERM or SIGHUP. package.json starts it with
 * `exec node --import tsx`, so that npm's own process signals this one directly: through tsx's CLI, a wrapper
 * process between them, SIGTERM to npm left the servers running.
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { bannerLines } from "./banner.js";
import { startLocalCloud } from "./index.js";

const port = z.coerce.number().int().min(0).max(65_535);
const argsSchema = z.object({
  "aws-port": port.default(4566),
  "github-port": port.default(4567),
  clinics: z.string().optional(),
});

const { values } = parseArgs({
  options: { "aws-port": { type: "string" }, "github-port": { type: "string" }, clinics: { type: "string" } },
  strict: true,
});
const parsed = argsSchema.safeParse(values);
if (!parsed.success) {
  console.error(
    `usage: npm run localcloud -- --aws-port 4566 --github-port 4567 [--clinics DIR]\n${z.prettifyError(parsed.error)}`,
  );
  process.exit(2);
}
const args = parsed.data;

const cloud = await startLocalCloud({
  awsPort: args["aws-port"],
  githubPort: args["github-port"],
  ...(args.clinics === undefined ? {} : { clinicsDir: args.clinics }),
});

for (const [key, value] of Object.entries(cloud.env)) console.log(`export ${key}=${shellQuote(value)}`);
for (const line of bannerLines(cloud)) console.log(line);

let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  console.error(`\n${signal}: stopping the local cloud`);
  cloud.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
// A closed terminal: the servers go with it.
process.on("SIGHUP", stop);

function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", `'"'"'`)}'`;
}
