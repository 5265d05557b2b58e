import { aws_ssm as ssm } from "aws-cdk-lib";
import { Construct } from "constructs";
import { patchSetup } from "../actions/lib/core/patch-setup.js";

/**
 * Patches tracked (3省2ガイドライン): the account's default Ubuntu baseline approves security and other important
 * updates, and a daily scan of every fleet instance records what is missing, which the patch report reads. Scans
 * install nothing; installing stays with people and maintenance windows.
 */
export class FleetPatching extends Construct {
  readonly baseline: ssm.CfnPatchBaseline;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.baseline = new ssm.CfnPatchBaseline(this, "Baseline", {
      name: patchSetup.baselineName,
      description: "orca-fleet: Ubuntu 22.04 updates of required, important and standard priority",
      operatingSystem: "UBUNTU",
      defaultBaseline: true,
      approvalRules: {
        patchRules: [
          {
            patchFilterGroup: {
              patchFilters: [
                { key: "PRODUCT", values: ["Ubuntu22.04"] },
                { key: "PRIORITY", values: ["Required", "Important", "Standard"] },
              ],
            },
            complianceLevel: "HIGH",
          },
        ],
      },
    });
    new ssm.CfnAssociation(this, "Scan", {
      name: patchSetup.scanDocument,
      associationName: patchSetup.scanAssociationName,
      parameters: { Operation: ["Scan"] },
      targets: [{ key: patchSetup.scanTarget.key, values: [patchSetup.scanTarget.value] }],
      scheduleExpression: "rate(1 day)",
      complianceSeverity: "HIGH",
    });
  }
}
