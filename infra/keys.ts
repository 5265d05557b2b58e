import { aws_kms as kms, RemovalPolicy } from "aws-cdk-lib";
import { Construct } from "constructs";

/**
 * One customer-managed key per kind of data, rotated yearly, never deleted with the stack. Their key policies are
 * CDK's default: the account administers the key and IAM policies decide who uses it, so the per-role grants in
 * infra/policies are what counts (with kms:ViaService and encryption-context conditions there).
 */
export class FleetKeys extends Construct {
  /** EBS volumes of clinic servers and the golden images' snapshots. */
  readonly volumes: kms.Key;
  /** The backup bucket's objects. */
  readonly backups: kms.Key;
  /** SecureString parameters under the secrets prefix. */
  readonly secrets: kms.Key;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const key = (name: string, description: string) =>
      new kms.Key(this, name, {
        description: `orca-fleet: ${description}`,
        alias: `alias/orca-fleet/${name.toLowerCase()}`,
        enableKeyRotation: true,
        removalPolicy: RemovalPolicy.RETAIN,
      });
    this.volumes = key("Volumes", "clinic server volumes and golden images");
    this.backups = key("Backups", "database backups");
    this.secrets = key("Secrets", "clinic secrets in Parameter Store");
  }
}
