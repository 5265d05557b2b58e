import { describe, expect, it } from "vitest";
import { isWithinWindow, parseMaintenanceWindow } from "../../../actions/lib/core/registry/maintenance-window.js";

const faults = (text: string) => {
  const result = parseMaintenanceWindow(text);
  return result.ok ? [] : result.faults;
};

describe("parseMaintenanceWindow", () => {
  it("reads one day and a time range", () => {
    expect(parseMaintenanceWindow("Sun 01:00-05:00")).toEqual({ ok: true, window: { days: [0], start: 60, end: 300 } });
  });

  it("reads a range of days and a window that crosses midnight", () => {
    expect(parseMaintenanceWindow("Mon-Fri 22:00-06:00")).toEqual({
      ok: true,
      window: { days: [1, 2, 3, 4, 5], start: 1320, end: 360 },
    });
  });

  it("reads daily, lists, and ranges that wrap past Saturday", () => {
    expect(parseMaintenanceWindow("daily 22:00-06:00")).toMatchObject({ window: { days: [0, 1, 2, 3, 4, 5, 6] } });
    expect(parseMaintenanceWindow("Sat,Sun 01:00-05:00")).toMatchObject({ window: { days: [0, 6] } });
    expect(parseMaintenanceWindow("Fri-Mon 23:00-04:00")).toMatchObject({ window: { days: [0, 1, 5, 6] } });
    expect(parseMaintenanceWindow("Tue,Thu-Fri 12:30-13:30")).toMatchObject({ window: { days: [2, 4, 5] } });
  });

  it("accepts the edges of the day", () => {
    expect(parseMaintenanceWindow("daily 00:00-23:59")).toMatchObject({ window: { start: 0, end: 1439 } });
  });

  it("names each time outside 00:00-23:59", () => {
    expect(faults("Mon 25:00-26:00")).toEqual([
      { rule: "window.time", time: "25:00" },
      { rule: "window.time", time: "26:00" },
    ]);
    expect(faults("Mon 24:00-02:00")).toEqual([{ rule: "window.time", time: "24:00" }]);
    expect(faults("Mon 22:60-02:00")).toEqual([{ rule: "window.time", time: "22:60" }]);
  });

  it("names each day it does not know", () => {
    expect(faults("Mon-Fry 22:00-06:00")).toEqual([{ rule: "window.day", day: "Mon-Fry" }]);
    expect(faults("mon 22:00-06:00")).toEqual([{ rule: "window.day", day: "mon" }]);
    expect(faults("Mon-Tue-Wed 22:00-06:00")).toEqual([{ rule: "window.day", day: "Mon-Tue-Wed" }]);
  });

  it("rejects an empty window", () => {
    expect(faults("Sun 03:00-03:00")).toEqual([{ rule: "window.empty" }]);
  });

  it("rejects text of another shape", () => {
    for (const text of [
      "",
      "Sun",
      "Sun 1:00-5:00",
      "Sun  01:00-05:00",
      "Sun 01:00 - 05:00",
      "01:00-05:00",
      "Sun 01:00-05:00 JST",
    ]) {
      expect(faults(text)).toEqual([{ rule: "window.format" }]);
    }
  });
});

describe("isWithinWindow", () => {
  const window = (text: string) => {
    const result = parseMaintenanceWindow(text);
    if (!result.ok) throw new Error(`bad window in test: ${text}`);
    return result.window;
  };
  // Tokyo is UTC+9: 2026-11-27 is a Friday.
  const tokyo = (local: string) => new Date(`${local}+09:00`);

  it("is inside from the start up to, not including, the end", () => {
    const sunday = window("Sun 01:00-05:00");
    expect(isWithinWindow(sunday, tokyo("2026-11-29T01:00:00"))).toBe(true);
    expect(isWithinWindow(sunday, tokyo("2026-11-29T04:59:00"))).toBe(true);
    expect(isWithinWindow(sunday, tokyo("2026-11-29T05:00:00"))).toBe(false);
    expect(isWithinWindow(sunday, tokyo("2026-11-28T01:00:00"))).toBe(false);
  });

  it("runs into the next morning when the window crosses midnight, from the day it starts on", () => {
    const weeknights = window("Mon-Fri 22:00-06:00");
    expect(isWithinWindow(weeknights, tokyo("2026-11-27T23:00:00"))).toBe(true); // Friday night
    expect(isWithinWindow(weeknights, tokyo("2026-11-28T05:30:00"))).toBe(true); // Saturday morning, begun Friday
    expect(isWithinWindow(weeknights, tokyo("2026-11-28T22:30:00"))).toBe(false); // Saturday night
    expect(isWithinWindow(weeknights, tokyo("2026-11-30T05:30:00"))).toBe(false); // Monday morning, Sunday is out
  });

  it("reads the instant in Tokyo time whatever the host's zone", () => {
    // 16:30 UTC on Saturday is 01:30 on Sunday in Tokyo.
    expect(isWithinWindow(window("Sun 01:00-05:00"), new Date("2026-11-28T16:30:00Z"))).toBe(true);
  });
});
