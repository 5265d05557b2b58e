import type { CheckedClinic } from "./check-file.js";
import type { Fleet } from "./schema.js";

/** Rules between a clinic file and the rest of the registry: fleet.yml, and the other clinics. */

export function checkAgainstFleet({ keys, reporter }: CheckedClinic, fleet: Fleet): void {
  const subnet = keys.instance?.subnet;
  if (subnet !== undefined && !Object.hasOwn(fleet.subnets, subnet)) {
    reporter.add(["instance", "subnet"], "registry.unknownSubnet", { known: Object.keys(fleet.subnets) });
  }
  const type = keys.instance?.type;
  if (type !== undefined && !fleet.instanceTypes.includes(type)) {
    reporter.add(["instance", "type"], "registry.unknownType", { known: fleet.instanceTypes });
  }
}

/** Which file first used each id and institution code. */
export interface UniqueIndex {
  ids: Map<string, string>;
  codes: Map<string, string>;
}

export function createUniqueIndex(): UniqueIndex {
  return { ids: new Map(), codes: new Map() };
}

/** Reports an id or code that an earlier file already uses, then records this file's. */
export function checkUnique({ file, keys, reporter }: CheckedClinic, index: UniqueIndex): void {
  if (keys.id !== undefined) {
    const other = index.ids.get(keys.id);
    if (other !== undefined && other !== file) reporter.add(["id"], "registry.duplicateId", { other });
    else index.ids.set(keys.id, file);
  }
  const code = keys.medicalInstitutionCode;
  if (code !== undefined) {
    const other = index.codes.get(code);
    if (other !== undefined && other !== file)
      reporter.add(["medicalInstitutionCode"], "registry.duplicateCode", { other });
    else index.codes.set(code, file);
  }
}
