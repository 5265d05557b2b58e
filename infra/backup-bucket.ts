import { Duration, aws_iam as iam, type aws_kms as kms, RemovalPolicy, aws_s3 as s3 } from "aws-cdk-lib";
import { Construct } from "constructs";

export interface BackupBucketProps {
  key: kms.IKey;
  /** fleet.yml backup.retentionDays: no generation can be overwritten or deleted before this many days. */
  retentionDays: number;
}

/**
 * The backups' bucket: every generation kept under Object Lock in compliance mode (not even the account's root
 * can shorten it), versioned, private, encrypted with the backup key, reachable over TLS 1.2+ only. Generations
 * expire after their retention; locked versions cannot go earlier, whatever the lifecycle says.
 */
export class BackupBucket extends Construct {
  readonly bucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: BackupBucketProps) {
    super(scope, id);
    this.bucket = new s3.Bucket(this, "Bucket", {
      versioned: true,
      objectLockEnabled: true,
      objectLockDefaultRetention: s3.ObjectLockRetention.compliance(Duration.days(props.retentionDays)),
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: props.key,
      // Without a bucket key each object is encrypted under its own ARN as context, which lets the instance role's
      // KMS grant name its clinic's prefix.
      bucketKeyEnabled: false,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [
        {
          id: "generations",
          // A dump past its retention gets a delete marker; its version goes a day later (never before its lock).
          expiration: Duration.days(props.retentionDays + 1),
          noncurrentVersionExpiration: Duration.days(1),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
    });
    // Only the backup key, never another key or another algorithm a writer might ask for.
    const refusals = {
      DenyObjectsNotUnderTheBackupKey: { "s3:x-amz-server-side-encryption-aws-kms-key-id": props.key.keyArn },
      DenyObjectsNotUnderKms: { "s3:x-amz-server-side-encryption": "aws:kms" },
    };
    for (const [sid, condition] of Object.entries(refusals)) {
      this.bucket.addToResourcePolicy(
        new iam.PolicyStatement({
          sid,
          effect: iam.Effect.DENY,
          principals: [new iam.AnyPrincipal()],
          actions: ["s3:PutObject"],
          resources: [this.bucket.arnForObjects("*")],
          conditions: { StringNotEqualsIfExists: condition },
        }),
      );
    }
  }
}
