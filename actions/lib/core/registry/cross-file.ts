import type { CheckedClinic } from "./check-file.js";
import { parseMaintenanceWindow, windowMinutes } from "./maintenance-window.js";
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
  const ring = keys.orca?.ring;
  if (ring !== undefined && !fleet.rollout.ringOrder.includes(ring)) {
    reporter.add(["orca", "ring"], "registry.ringNotInOrder", { known: fleet.rollout.ringOrder });
  }
  const window = keys.maintenanceWindow === undefined ? undefined : parseMaintenanceWindow(keys.maintenanceWindow);
  if (window?.ok && windowMinutes(window.window) < fleet.rollout.updateMinutes) {
    reporter.add(["maintenanceWindow"], "registry.windowTooShort", {
      minutes: windowMinutes(window.window),
      updateMinutes: fleet.rollout.updateMinutes,
    });
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
