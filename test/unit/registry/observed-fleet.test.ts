import { readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLog } from "../../../actions/lib/core/ports.js";
import { RegistryRefusedError, readObservedFleet } from "../../../actions/lib/core/registry/usable-fleet.js";
import { copyExampleRegistry } from "./example-registry.js";

let dir: string;

beforeEach(() => {
  dir = copyExampleRegistry("orca-observed-");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The sweep's and the patch report's read of the registry. */
describe("readObservedFleet", () => {
  it("observes the active clinics by id, warns of a clinic file with a problem and leaves only it out", async () => {
    const warnings: string[] = [];
    const log = { ...silentLog, warning: (m: string) => warnings.push(m) };
    const all = await readObservedFleet(dir, log);
    expect(warnings).toEqual([]);
    const ids = all.activeClinics.map((c) => c.id);
    expect(ids).toEqual([...ids].sort());
    expect(all.activeClinics.every((c) => c.status === "active")).toBe(true);
    expect(ids.length).toBeGreaterThan(1);
    expect(ids.length).toBeLessThan(readdirSync(dir).length - 1);

    const [broken, ...others] = ids;
    writeFileSync(join(dir, `${broken}.yml`), "id: [not a clinic\n");
    const observed = await readObservedFleet(dir, log);
    expect(observed.activeClinics.map((c) => c.id)).toEqual(others);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`${broken}.yml`);
  });

  it("refuses without fleet.yml, and names the check that says why", async () => {
    rmSync(join(dir, "fleet.yml"));
    const read = readObservedFleet(dir, silentLog);
    await expect(read).rejects.toBeInstanceOf(RegistryRefusedError);
    await expect(read).rejects.toThrow(`orca-fleet validate ${dir}`);
  });
});
