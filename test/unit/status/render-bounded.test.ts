import { describe, expect, it } from "vitest";
import type { ClinicStatus, FleetStatus } from "../../../actions/lib/flows/status/model.js";
import { listLimit, renderFleetStatus } from "../../../actions/lib/flows/status/render.js";

/** A 5,000-clinic fleet reads as counts and the clinics that need a look, never as 5,000 rows. */
function fleet(size: number, down: number): FleetStatus {
  const clinics: ClinicStatus[] = Array.from({ length: size }, (_, i) => ({
    clinicId: `clinic-${String(i).padStart(4, "0")}`,
    registry: "active",
    desiredVersion: "5.2.0",
    instanceId: `i-${i.toString(16).padStart(17, "0")}`,
    state: "running",
    duplicates: 0,
    release: { kind: "launched", version: "5.2.0" },
    health: { class: i < down ? "down" : "healthy", since: "2026-11-15T00:00:00.000Z" },
    incidents: [],
  }));
  return {
    at: "2026-11-15T01:00:00.000Z",
    history: { kind: "read", from: "example/fleet@fleet-status" },
    counts: {
      clinics: size,
      withInstance: size,
      byState: { running: size },
      byRelease: { "5.2.0": size },
      byHealth: { healthy: size - down, down },
      noHealth: 0,
      openIncidents: 0,
      rolloutFailed: 0,
      unregistered: 0,
    },
    clinics,
  };
}

describe("the fleet status text", () => {
  it("lists at most the first clinics that need a look, and says how many more", () => {
    const text = renderFleetStatus(fleet(5000, 120), "en");
    expect(text.split("\n").length).toBeLessThan(listLimit + 15);
    expect(text).toContain("Clinics that need a look (50 of 120)");
    expect(text).toContain("… and 70 more.");
    expect(text).toContain("Health (last recorded by the sweep): healthy 4880, down 120; no data yet: 0");
    expect(text).not.toContain("clinic-0120");
  });

  it("says so when nothing needs a look, and lists a small fleet whole", () => {
    expect(renderFleetStatus(fleet(5000, 0), "ja")).toContain("確認が必要な医療機関はありません。");
    expect(renderFleetStatus(fleet(3, 0), "en")).toContain("| clinic-0002 | active |");
  });
});
