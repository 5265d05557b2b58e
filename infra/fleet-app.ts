import { App } from "aws-cdk-lib";
import { loadRegistry } from "../actions/lib/core/registry/load.js";
import { FleetStack } from "./fleet-stack.js";

export interface FleetAppOptions {
  /** The registry folder: fleet.yml gives the region and names, the clinic files give one role each. */
  clinicsDir: string;
  /** OWNER/REPO of the repository whose workflows assume the roles. */
  repository: string;
  environment?: string;
  branch?: string;
  existingOidcProviderArn?: string | undefined;
  stackName?: string;
  /** The app to add the stack to; a new one by default. */
  app?: App;
}

/**
 * The CDK app for one fleet (one account and region): reads clinics/ and builds the stack from it. A registry with
 * problems is refused, so a stack is never made from a fleet that `orca-fleet validate` would reject.
 */
export async function fleetApp(options: FleetAppOptions): Promise<{ app: App; stack: FleetStack }> {
  const registry = await loadRegistry(options.clinicsDir);
  const { fleet } = registry;
  if (fleet === undefined || registry.problems.length > 0) {
    const listed = registry.problems.map((p) => `${p.file}: ${p.message}`).join("\n");
    throw new Error(
      `${options.clinicsDir} does not validate; run orca-fleet validate ${options.clinicsDir}\n${listed}`,
    );
  }
  const app = options.app ?? new App();
  const stack = new FleetStack(app, options.stackName ?? `orca-fleet-${fleet.region}`, {
    env: { region: fleet.region },
    github: {
      repository: options.repository,
      environment: options.environment ?? "production",
      branch: options.branch ?? "main",
    },
    fleet: {
      domain: fleet.dns.domain,
      amiParameter: fleet.ami.parameter,
      secretsPrefix: fleet.secrets.parameterPrefix,
      backupRetentionDays: fleet.backup.retentionDays,
    },
    clinicIds: registry.clinics.map(({ clinic }) => clinic.id).sort(),
    existingOidcProviderArn: options.existingOidcProviderArn,
  });
  return { app, stack };
}
