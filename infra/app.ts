import { App } from "aws-cdk-lib";
import { fleetApp } from "./fleet-app.js";

/**
 * What `cdk deploy` runs (infra/cdk.json). Settings are CDK context (`-c key=value`): `repository` (OWNER/REPO,
 * required), `clinics` (default ../clinics), `environment` (production), `branch` (main), `oidcProviderArn` (GitHub's
 * provider when the account has one already), `stackName` (orca-fleet-<region>).
 */
const app = new App();
const context = (key: string): string | undefined => {
  const value: unknown = app.node.tryGetContext(key);
  return typeof value === "string" && value !== "" ? value : undefined;
};

const repository = context("repository");
if (repository === undefined) throw new Error("set the repository: cdk deploy -c repository=OWNER/REPO");
const stackName = context("stackName");
await fleetApp({
  app,
  clinicsDir: context("clinics") ?? "../clinics",
  repository,
  environment: context("environment") ?? "production",
  branch: context("branch") ?? "main",
  existingOidcProviderArn: context("oidcProviderArn"),
  ...(stackName === undefined ? {} : { stackName }),
});
app.synth();
