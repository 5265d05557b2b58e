import { createHash } from "node:crypto";
import type { DeploymentReads } from "../../adapters/aws/deployment-reads.js";
import type { Fleet } from "../../core/registry/schema.js";
import type { CertificateReview } from "../certificates/sync.js";
import { reviewNeedsWork } from "../certificates/sync.js";
import { fillFleetIds, type StackOutputs } from "../setup/fleet-ids.js";
import { type Finding, miss, pass } from "./finding.js";

/** A document as the repository holds it: its name (the file's stem) and its content, byte for byte. */
export interface LocalDocument {
  name: string;
  content: string;
}

export interface AwsFacts {
  fleet: Fleet;
  /** fleet.yml's text, as setup fleet would rewrite it. */
  fleetText: string;
  outputs: StackOutputs;
  documents: readonly LocalDocument[];
  certificates: CertificateReview;
}

/** The AWS side of a deployment: the stack against fleet.yml, the AMI label, the documents and the certificates. */
export async function checkAws(facts: AwsFacts, reads: DeploymentReads): Promise<Finding[]> {
  const findings: Finding[] = [];
  let changes: string[];
  try {
    changes = fillFleetIds(facts.fleetText, facts.outputs).changes.map((c) => c.path);
  } catch (error) {
    changes = [error instanceof Error ? error.message : String(error)];
  }
  findings.push(
    changes.length === 0
      ? pass("aws.stack-outputs", "aws", { key: "stackOk" })
      : miss(
          "aws.stack-outputs",
          "aws",
          { key: "stackDiffers", values: { paths: changes.join(", ") } },
          {
            key: "stackFix",
          },
        ),
  );

  const { parameter, label } = facts.fleet.ami;
  const ami = await reads.labelledValue(parameter, label);
  findings.push(
    ami === undefined
      ? miss("aws.ami-label", "aws", { key: "amiMissing", values: { parameter, label } }, { key: "amiFix" })
      : pass("aws.ami-label", "aws", { key: "amiOk", values: { parameter, label, ami } }),
  );

  for (const doc of facts.documents) {
    const id = `aws.document.${doc.name}`;
    const hash = createHash("sha256").update(doc.content).digest("hex");
    const stored = await reads.documentDefault(doc.name);
    if (stored === undefined) {
      findings.push(miss(id, "aws", { key: "documentMissing", values: { name: doc.name } }, { key: "documentFix" }));
    } else if (stored.hash !== hash) {
      findings.push(
        miss(
          id,
          "aws",
          { key: "documentStale", values: { name: doc.name, version: stored.version } },
          {
            key: "documentFix",
          },
        ),
      );
    } else {
      findings.push(pass(id, "aws", { key: "documentOk", values: { name: doc.name, version: stored.version } }));
    }
  }

  const { plan } = facts.certificates;
  const due = plan.actions.map((a) => `${a.clinicId} ${a.kind} (${a.reason})`);
  if (facts.certificates.caParameter === "missing") due.unshift("CA");
  findings.push(
    reviewNeedsWork(facts.certificates)
      ? miss(
          "aws.certificates",
          "aws",
          { key: "certificatesDue", values: { count: due.length, which: due.join(", ") } },
          {
            key: "certificatesFix",
          },
        )
      : pass("aws.certificates", "aws", { key: "certificatesOk", values: { count: plan.kept.length } }),
  );
  return findings;
}
