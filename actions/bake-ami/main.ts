import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as core from "@actions/core";
import { createAwsClients } from "../lib/adapters/aws/clients.js";
import { createEc2Fleet } from "../lib/adapters/aws/ec2-inventory.js";
import { createParameterStore } from "../lib/adapters/aws/parameter-store.js";
import { execRunner } from "../lib/adapters/process/command-runner.js";
import { publishReport } from "../lib/core/flow-report.js";
import { defaultLocale } from "../lib/core/i18n/locale.js";
import { describeError } from "../lib/core/i18n/message.js";
import { systemClock } from "../lib/core/ports.js";
import { bakeGoldenAmi, rollbackGoldenAmi } from "../lib/flows/bake-ami/golden-ami.js";
import { getInputs } from "./inputs.js";

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const deps = {
      aws: (region: string) => {
        const { ec2, ssm } = createAwsClients({ region });
        return { ec2: createEc2Fleet(ec2), parameters: createParameterStore(ssm) };
      },
      log: core,
      clock: systemClock,
      runPacker: execRunner,
    };
    const report =
      inputs.rollbackTo === undefined
        ? await bakeGoldenAmi(deps, {
            ...inputs,
            templateDir: resolve(inputs.template),
            workDir: await mkdtemp(join(process.env.RUNNER_TEMP ?? tmpdir(), "bake-ami-")),
          })
        : await rollbackGoldenAmi(deps, { clinics: inputs.clinics, selector: inputs.rollbackTo });
    await publishReport(report, core);
  } catch (error) {
    core.setFailed(describeError(error, defaultLocale));
  }
}
