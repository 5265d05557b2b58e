import type { FleetInstance } from "../../adapters/aws/ec2-inventory.js";
import type { PatchSetupReads } from "../../adapters/aws/patch-setup-reads.js";
import { patchSetup } from "../../core/patch-setup.js";
import { type Finding, miss, pass } from "./finding.js";

/** Instance ids a miss names at most; the count says the rest. */
const namedAtMost = 10;

/**
 * Patches tracked: the stack's Ubuntu baseline exists, its daily scan association runs AWS-RunPatchBaseline on the
 * fleet's tag, and every instance of the fleet carries that tag (an instance without it is never scanned, so the
 * patch report would show it as never scanned for ever).
 */
export async function checkPatching(reads: PatchSetupReads, instances: readonly FleetInstance[]): Promise<Finding[]> {
  const { baselineName, scanAssociationName, scanDocument, scanTarget } = patchSetup;
  const findings: Finding[] = [];
  const baseline = await reads.baseline(baselineName);
  findings.push(
    baseline === undefined
      ? miss(
          "aws.patch-baseline",
          "aws",
          { key: "baselineMissing", values: { name: baselineName } },
          { key: "patchStackFix" },
        )
      : pass("aws.patch-baseline", "aws", { key: "baselineOk", values: { name: baselineName, id: baseline.id } }),
  );
  const scan = await reads.association(scanAssociationName);
  const targetsFleet =
    scan?.document === scanDocument &&
    scan.targets.some((t) => t.key === scanTarget.key && t.values.includes(scanTarget.value));
  const target = `${scanTarget.key}=${scanTarget.value}`;
  findings.push(
    scan === undefined
      ? miss(
          "aws.patch-scan",
          "aws",
          { key: "scanMissing", values: { name: scanAssociationName } },
          { key: "patchStackFix" },
        )
      : targetsFleet
        ? pass("aws.patch-scan", "aws", {
            key: "scanOk",
            values: { name: scanAssociationName, document: scanDocument, target },
          })
        : miss(
            "aws.patch-scan",
            "aws",
            { key: "scanWrong", values: { name: scanAssociationName, document: scanDocument, target } },
            { key: "patchStackFix" },
          ),
  );
  const uncovered = instances
    .filter((i) => i.tags[tagKeyOf(scanTarget.key)] !== scanTarget.value)
    .map((i) => i.instanceId);
  findings.push(
    uncovered.length === 0
      ? pass("aws.patch-coverage", "aws", { key: "coverageOk", values: { count: instances.length, target } })
      : miss(
          "aws.patch-coverage",
          "aws",
          {
            key: "coverageMissing",
            values: { count: uncovered.length, ids: uncovered.slice(0, namedAtMost).join(", "), target },
          },
          {
            key: "coverageFix",
            values: {
              ids: uncovered.slice(0, namedAtMost).join(" "),
              key: tagKeyOf(scanTarget.key),
              value: scanTarget.value,
            },
          },
        ),
  );
  return findings;
}

/** `tag:K` targets instances whose tag K has the value. */
function tagKeyOf(targetKey: string): string {
  return targetKey.slice("tag:".length);
}
