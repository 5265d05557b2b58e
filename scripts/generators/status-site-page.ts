// The status site's page as one JSON file the bundle carries: its script (the page's TypeScript with uPlot and the
// message model, bundled by esbuild for the browser) and its stylesheet (ours and uPlot's). The action writes them
// beside the data; it needs no browser tooling at run time, and check:generated keeps the file in step.
import { readFileSync } from "node:fs";
import { build } from "esbuild";
import type { GeneratedFile } from "../generate.js";

const page = "actions/lib/flows/status-site/page";

async function render(): Promise<string> {
  const result = await build({
    entryPoints: [`${page}/main.ts`],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2022",
    platform: "browser",
    write: false,
    legalComments: "eof",
    logLevel: "error",
  });
  const script = result.outputFiles[0]?.text;
  if (script === undefined) throw new Error("esbuild wrote no page script");
  const css = [readFileSync(`${page}/site.css`, "utf8"), readFileSync("node_modules/uplot/dist/uPlot.min.css", "utf8")];
  return `${JSON.stringify({ "app.js": script, "site.css": css.join("\n") }, null, 1)}\n`;
}

export const generated: GeneratedFile[] = [
  { path: "actions/lib/flows/status-site/page-assets.generated.json", render },
];
