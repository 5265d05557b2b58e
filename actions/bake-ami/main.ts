import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as core from "@actions/core";
import { createAwsClients } from "../lib/adapters/aws/clients.js";
import { defaultLocale, type Locale } from "../lib/core/i18n/locale.js";
import { describeError, MessageError } from "../lib/core/i18n/message.js";

import { systemClock } from "../lib/core/ports.js";
import { loadRegistry } from "../lib/core/registry/load.js";
import { formatProblem } from "../lib/core/registry/problem.js";
import { bake } from "../lib/flows/bake-ami/bake.js";
import { buildLabel } from "../lib/flows/bake-ami/history.js";
import { execRunner } from "../lib/flows/bake-ami/packer-run.js";
import { rollback } from "../lib/flows/bake-ami/rollback.js";
import { renderBakeSummary, renderRollbackSummary } from "../lib/flows/bake-ami/summary.js";
import { getInputs } from "./inputs.js";

export async function run(): Promise<void> {
  // Until fleet.yml is read its locale is unknown: errors until then are in the default locale.
  let locale: Locale = defaultLocale;
  try {
    const inputs = getInputs();
    const registry = await core.group("Read the registry", () => loadRegistry(inputs.clinics));
    const fleet = registry.fleet;
    if (fleet === undefined) {
      throw new Error(
        `${inputs.clinics}/fleet.yml is needed for the region and the AMI parameter:\n${registry.problems.map(formatProblem).join("\n")}`,
      );
    }
    const { ssm, ec2 } = createAwsClients({ region: fleet.region });
    const { parameter, label } = fleet.ami;
    locale = fleet.locale;

    if (inputs.rollbackTo !== undefined) {
      const outcome = await rollback(
        { ssm, ec2, log: core, clock: systemClock, locale },
        { parameter, currentLabel: label, selector: inputs.rollbackTo, clinics: registry.clinics },
      );
      await core.summary.addRaw(renderRollbackSummary(outcome, { parameter, label }, locale)).write();
      if (outcome.status === "refused") throw new MessageError(outcome.reason);
      core.setOutput("ami-id", outcome.target.value);
      core.setOutput("parameter-version", outcome.target.version);
      return;
    }

    const work = await mkdtemp(join(process.env.RUNNER_TEMP ?? tmpdir(), "bake-ami-"));
    const outcome = await bake(
      { ssm, runPacker: execRunner, log: core },
      {
        templateDir: resolve(inputs.template),
        region: fleet.region,
        parameter,
        currentLabel: label,
        buildLabel: buildLabel(inputs.runId, inputs.runAttempt),
        keepBuilds: inputs.keepBuilds,
        sourceCommit: inputs.sourceCommit,
        manifestPath: join(work, "packer-manifest.json"),
      },
    );
    await core.summary
      .addRaw(renderBakeSummary(outcome, { parameter, sourceCommit: inputs.sourceCommit }, locale))
      .write();
    if (outcome.status === "refused") throw new MessageError(outcome.reason);
    core.setOutput("ami-id", outcome.amiId);
    core.setOutput("parameter-version", outcome.version);
  } catch (error) {
    core.setFailed(describeError(error, locale));
  }
}
