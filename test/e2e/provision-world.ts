import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EC2Client } from "@aws-sdk/client-ec2";
import { LabelParameterVersionCommand, PutParameterCommand, SSMClient } from "@aws-sdk/client-ssm";
import { parse, stringify } from "yaml";
import { expectedCheckDigit } from "../../actions/lib/core/registry/institution-code.js";
import { type Clinic, clinicSchema, type Fleet, fleetSchema } from "../../actions/lib/core/registry/schema.js";
import type { AwsServerHandle } from "../localcloud/aws/server.js";

/**
 * The world a provisioning run needs on the local cloud: a registry folder in a workspace, the golden AMI in EC2
 * and its labelled SSM parameter, and SDK clients to look at the result. Shared by the end-to-end tests, the
 * benchmark and the demo.
 */

export const exampleFleet: Fleet = fleetSchema.parse(parse(await readFile("clinics/fleet.yml", "utf8")));

/** The example registry's clinics, each valid and unique. */
export async function exampleClinics(): Promise<Clinic[]> {
  const names = (await readdir("clinics")).filter((name) => name.endsWith(".yml") && name !== "fleet.yml").sort();
  return Promise.all(
    names.map(async (name) => clinicSchema.parse(parse(await readFile(join("clinics", name), "utf8")))),
  );
}

/** `count` made-up active clinics in Tokyo with valid, distinct institution codes. */
export function madeUpClinics(count: number, template: Clinic): Clinic[] {
  return Array.from({ length: count }, (_, index) => {
    const firstNine = `13101${String(index).padStart(4, "0")}`;
    return {
      ...template,
      id: `bench-${String(index).padStart(5, "0")}`,
      name: `ベンチ診療所 ${index}`,
      medicalInstitutionCode: `${firstNine}${expectedCheckDigit(firstNine)}`,
      prefecture: "東京都",
      status: "active",
    };
  });
}

/** A workspace whose clinics/ holds fleet.yml and one file per clinic, as a checkout of the repository would. */
export async function writeWorkspace(clinics: readonly Clinic[], fleet: Fleet = exampleFleet): Promise<string> {
  const workspace = await mkdtemp(join(tmpdir(), "orca-fleet-provision-"));
  await mkdir(join(workspace, "clinics"));
  await writeFile(join(workspace, "clinics", "fleet.yml"), stringify(fleet));
  for (const clinic of clinics) await writeFile(join(workspace, "clinics", `${clinic.id}.yml`), stringify(clinic));
  return workspace;
}

export interface AwsView {
  ec2: EC2Client;
  ssm: SSMClient;
}

/** SDK clients on the local cloud's endpoint, for the test's own look at what the action did. */
export function awsView(aws: AwsServerHandle): AwsView {
  const common = {
    region: aws.context.region,
    endpoint: aws.url,
    credentials: { accessKeyId: "AKIALOCALCLOUD", secretAccessKey: "local" },
  };
  return { ec2: new EC2Client(common), ssm: new SSMClient(common) };
}

/** Registers a golden AMI and points the fleet's parameter and launch label at it, as bake-ami does. */
export async function seedGoldenAmi(aws: AwsServerHandle, view: AwsView, fleet: Fleet = exampleFleet): Promise<string> {
  const amiId = aws.ec2.registerImage({ name: "orca-fleet-weborca-5.2.0-e2e" });
  const put = await view.ssm.send(
    new PutParameterCommand({
      Name: fleet.ami.parameter,
      Value: amiId,
      Type: "String",
      DataType: "aws:ec2:image",
      Overwrite: true,
    }),
  );
  await view.ssm.send(
    new LabelParameterVersionCommand({
      Name: fleet.ami.parameter,
      ParameterVersion: put.Version,
      Labels: [fleet.ami.label],
    }),
  );
  return amiId;
}
