import * as core from "@actions/core";
import { createAwsClients } from "../lib/adapters/aws/clients.js";
import { createSsmDocuments } from "../lib/adapters/aws/ssm-documents.js";
import { createOctokit } from "../lib/adapters/github/octokit.js";
import { upsertStickyComment } from "../lib/adapters/github/sticky-comment.js";
import { loadRegistry } from "../lib/core/registry/load.js";
import { formatProblem } from "../lib/core/registry/problem.js";
import { syncDocuments } from "../lib/flows/sync-documents/sync.js";
import { getInputs } from "./inputs.js";

/** The key of the one plan comment per pull request. */
const planCommentKey = "sync-documents-plan";

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const { fleet, problems } = await loadRegistry(inputs.clinics);
    if (fleet === undefined) {
      throw new Error(
        `${inputs.clinics}/fleet.yml is needed for the region:\n${problems.map(formatProblem).join("\n")}`,
      );
    }
    const { ssm } = createAwsClients({ region: fleet.region });
    const octokit = createOctokit(inputs.token, core);
    const { pullRequest, repository } = inputs;
    const comment =
      pullRequest === undefined
        ? {}
        : {
            comment: (body: string) =>
              upsertStickyComment(octokit, { ...repository, issueNumber: pullRequest, key: planCommentKey }, body),
          };
    const outcome = await syncDocuments(
      { documents: createSsmDocuments(ssm), log: core, ...comment },
      { dir: inputs.documents, mode: inputs.mode, sourceCommit: inputs.sourceCommit, locale: fleet.locale },
    );
    if (outcome.status !== "refused") {
      const count = (kind: string) => outcome.plan.changes.filter((c) => c.kind === kind).length;
      core.setOutput("to-create", count("create"));
      core.setOutput("to-update", count("update") + count("set-default"));
      core.setOutput("unchanged", count("unchanged"));
    }
    if (outcome.status === "applied") {
      core.setOutput(
        "written",
        outcome.results.filter((r) => r.outcome !== "unchanged" && r.outcome !== "failed").length,
      );
    }
    if (outcome.comment !== undefined) core.setOutput("comment-url", outcome.comment.url);
    await core.summary.addRaw(outcome.body).write();
    if (outcome.failure !== undefined) core.setFailed(outcome.failure);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
