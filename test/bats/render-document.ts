// Prints a toolkit document's script with its parameters substituted, as the SSM agent runs it, for the bats tests:
// `tsx test/bats/render-document.ts orca-update targetRelease=5.2.1 backupBucket=b ...`. A value that breaks the
// document's allowedPattern is refused with SSM's own message.
import { renderDocumentScript } from "../unit/ssm-documents/render-script.js";

const [name, ...pairs] = process.argv.slice(2);
if (name === undefined || !/^[a-z-]+$/.test(name)) {
  console.error("usage: render-document.ts DOCUMENT [name=value ...]");
  process.exit(2);
}
const given: Record<string, string[]> = {};
for (const pair of pairs) {
  const at = pair.indexOf("=");
  if (at < 1) {
    console.error(`not name=value: ${pair}`);
    process.exit(2);
  }
  given[pair.slice(0, at)] = [pair.slice(at + 1)];
}
try {
  process.stdout.write(renderDocumentScript(name, given));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
