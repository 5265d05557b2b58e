import { Template } from "aws-cdk-lib/assertions";
import { fleetApp } from "../../../infra/fleet-app.js";

export const repository = "clinic-ops/orca-fleet";

/** The stack for the repository's own clinics/, synthesized without AWS, and its template. */
export async function synthFleet(options: { clinicsDir?: string; oidcProviderArn?: string } = {}) {
  const { stack } = await fleetApp({
    clinicsDir: options.clinicsDir ?? "clinics",
    repository,
    existingOidcProviderArn: options.oidcProviderArn,
  });
  return { stack, template: Template.fromStack(stack) };
}
