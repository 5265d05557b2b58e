import { parse } from "yaml";
import type { GitHub } from "../../adapters/github/github.js";
import type { Clinic } from "../../core/registry/schema.js";
import { clinicSchema } from "../../core/registry/schema.js";
import { isClinicFilePath, requestBranchPrefix } from "./clinic-file.js";

export interface RequestedClinic {
  /** Where it is requested, e.g. `clinic-request/12:clinics/x.yml`, for duplicate messages. */
  file: string;
  clinic: Clinic;
}

/**
 * The clinics that other open clinic-request pull requests add, for uniqueness: one listing of open pull requests,
 * then two reads per request branch, so the calls grow with pending requests, not with the fleet.
 */
export async function clinicsInOtherRequests(
  github: Pick<GitHub, "pulls" | "branches">,
  ownBranch: string,
): Promise<RequestedClinic[]> {
  const pulls = await github.pulls.listOpenWithPrefix(requestBranchPrefix);
  const found: RequestedClinic[] = [];
  for (const pull of pulls) {
    if (pull.headRef === ownBranch) continue;
    for (const path of (await github.pulls.changedPaths(pull.number)).filter(isClinicFilePath)) {
      const file = await github.branches.readFile(pull.headSha, path);
      if (file === undefined) continue;
      // Another request's broken file is that request's problem; only well-formed clinics can clash.
      const clinic = clinicSchema.safeParse(parse(file.text));
      if (clinic.success) found.push({ file: `${pull.headRef}:${path}`, clinic: clinic.data });
    }
  }
  return found;
}
