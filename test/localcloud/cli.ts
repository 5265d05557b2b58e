/**
 * `npm run localcloud -- --aws-port 4566 --github-port 4567 [--clinics DIR]`: both endpoints in the foreground,
 * the environment to export printed, a clean stop on SIGINT or SIGTERM.
 */
import { parseArgs } from "node:util";
import { z } from "zod";
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
console.log(
  `# ${cloud.fleet.size} clinic instances running; AWS admin at ${cloud.aws.url}/_localcloud/, GitHub's at ${cloud.github.url}/_localcloud/`,
);
console.log("# Ctrl-C stops both endpoints.");

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

function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", `'"'"'`)}'`;
}
