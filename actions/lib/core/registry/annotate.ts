import { isAbsolute, relative, resolve } from "node:path";
import type { Locale } from "../i18n/locale.js";
import { render } from "../i18n/message.js";
import type { Log } from "../ports.js";
import type { Problem } from "./problem.js";

/**
 * One `::error file=…,line=…,col=…::` workflow command per problem, so that GitHub shows it on the pull request's
 * diff. Files are named relative to the workspace (the repository root), as GitHub matches them.
 */
export function annotateProblems(
  problems: readonly Problem[],
  workspace: string,
  log: Pick<Log, "error">,
  locale: Locale,
): void {
  for (const problem of problems) {
    const file = relative(workspace, resolve(problem.file));
    log.error(`${problem.field}: ${render(problem.message, locale)}`, {
      title: problem.field,
      file: isAbsolute(file) || file.startsWith("..") ? problem.file : file,
      ...(problem.line === undefined ? {} : { startLine: problem.line }),
      ...(problem.column === undefined ? {} : { startColumn: problem.column }),
    });
  }
}
