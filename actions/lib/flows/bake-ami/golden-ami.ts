import { join } from "node:path";
import type { Aws } from "../../adapters/aws/aws.js";
import type { CommandRunner } from "../../adapters/process/command-runner.js";
import type { FlowReport } from "../../core/flow-report.js";
import { inLocale, render } from "../../core/i18n/message.js";
import type { Clock, Log } from "../../core/ports.js";
import { readFleetRegistry } from "../../core/registry/usable-fleet.js";
import { bake } from "./bake.js";
import { buildLabel } from "./history.js";
import { rollback } from "./rollback.js";
import { renderBakeSummary, renderRollbackSummary } from "./summary.js";

export interface GoldenAmiDeps {
  /** AWS in the fleet's region, which only fleet.yml knows: built once it is read. */
  aws(region: string): Pick<Aws, "ec2" | "parameters">;
  log: Log;
  clock: Clock;
  runPacker: CommandRunner;
}

export interface BakeSettings {
  clinics: string;
  /** The Packer template folder, absolute. */
  templateDir: string;
  keepBuilds: number;
  sourceCommit: string;
  runId: string;
  runAttempt: string;
  /** A fresh folder for this run's Packer manifest. */
  workDir: string;
}

/** The bake-ami action's build: a new golden AMI recorded as the parameter's `current`, or why it is not. */
export async function bakeGoldenAmi(deps: GoldenAmiDeps, settings: BakeSettings): Promise<FlowReport> {
  const { fleet } = await readFleetRegistry(settings.clinics, deps.log, false);
  const { parameter, label } = fleet.ami;
  const outcome = await inLocale(fleet.locale, () =>
    bake(
      { parameters: deps.aws(fleet.region).parameters, runPacker: deps.runPacker, log: deps.log },
      {
        templateDir: settings.templateDir,
        region: fleet.region,
        parameter,
        currentLabel: label,
        buildLabel: buildLabel(settings.runId, settings.runAttempt),
        keepBuilds: settings.keepBuilds,
        sourceCommit: settings.sourceCommit,
        manifestPath: join(settings.workDir, "packer-manifest.json"),
      },
    ),
  );
  const summary = renderBakeSummary(outcome, { parameter, sourceCommit: settings.sourceCommit }, fleet.locale);
  if (outcome.status === "refused") return { outputs: {}, summary, failure: render(outcome.reason, fleet.locale) };
  return { outputs: { "ami-id": outcome.amiId, "parameter-version": outcome.version }, summary };
}

/** The bake-ami action's rollback: `current` moved to an earlier version, after saying who launches on it next. */
export async function rollbackGoldenAmi(
  deps: Omit<GoldenAmiDeps, "runPacker">,
  settings: { clinics: string; selector: string },
): Promise<FlowReport> {
  const { fleet, clinics } = await readFleetRegistry(settings.clinics, deps.log, false);
  const { parameter, label } = fleet.ami;
  const aws = deps.aws(fleet.region);
  const outcome = await inLocale(fleet.locale, () =>
    rollback(
      { parameters: aws.parameters, ec2: aws.ec2, log: deps.log, clock: deps.clock, locale: fleet.locale },
      { parameter, currentLabel: label, selector: settings.selector, clinics },
    ),
  );
  const summary = renderRollbackSummary(outcome, { parameter, label }, fleet.locale);
  if (outcome.status === "refused") return { outputs: {}, summary, failure: render(outcome.reason, fleet.locale) };
  return { outputs: { "ami-id": outcome.target.value, "parameter-version": outcome.target.version }, summary };
}
