import { managedByValue, tagKeys } from "./instance-tags.js";

/**
 * The Patch Manager pieces the fleet's stack creates (infra/patching.ts) and doctor looks for, named once: the
 * Ubuntu baseline, and the daily scan association whose target is the tag every fleet instance carries.
 */
export const patchSetup = {
  baselineName: "orca-fleet-ubuntu",
  scanAssociationName: "orca-fleet-patch-scan",
  scanDocument: "AWS-RunPatchBaseline",
  scanTarget: { key: `tag:${tagKeys.managedBy}`, value: managedByValue },
} as const;
