import { describe, expect, it } from "vitest";
import type { TeamsApi } from "../../../actions/lib/adapters/github/team-membership.js";
import { isAuthorised, parseTeamName } from "../../../actions/lib/flows/intake/authorise.js";

/** A hand-made teams API: members by "org/slug", and a record of the calls made. */
function fakeTeams(members: Record<string, Record<string, "active" | "pending">>, failWith?: number) {
  const calls: string[] = [];
  const teams: TeamsApi = {
    rest: {
      teams: {
        getMembershipForUserInOrg: async ({ org, team_slug, username }) => {
          calls.push(`${org}/${team_slug}/${username}`);
          if (failWith !== undefined) throw Object.assign(new Error("failed"), { status: failWith });
          const state = members[`${org}/${team_slug}`]?.[username];
          if (state === undefined) throw Object.assign(new Error("Not Found"), { status: 404 });
          return { data: { state } };
        },
      },
    },
  };
  return { teams, calls };
}

describe("isAuthorised", () => {
  it("trusts owners, members and collaborators without any call", async () => {
    const { teams, calls } = fakeTeams({});
    for (const association of ["OWNER", "MEMBER", "COLLABORATOR"]) {
      expect(await isAuthorised({ login: "a", association }, { org: "acme", slug: "sre" }, teams)).toBe(true);
    }
    expect(calls).toEqual([]);
  });

  it("refuses everyone else when no team is configured", async () => {
    const { teams, calls } = fakeTeams({});
    for (const association of ["CONTRIBUTOR", "FIRST_TIME_CONTRIBUTOR", "FIRST_TIMER", "NONE", "MANNEQUIN"]) {
      expect(await isAuthorised({ login: "a", association }, undefined, teams)).toBe(false);
    }
    expect(calls).toEqual([]);
  });

  it("asks the teams API about anyone else when a team is configured: active members only", async () => {
    const { teams, calls } = fakeTeams({ "acme/sre": { hana: "active", ken: "pending" } });
    const team = { org: "acme", slug: "sre" };
    expect(await isAuthorised({ login: "hana", association: "NONE" }, team, teams)).toBe(true);
    expect(await isAuthorised({ login: "ken", association: "CONTRIBUTOR" }, team, teams)).toBe(false);
    expect(await isAuthorised({ login: "eve", association: "NONE" }, team, teams)).toBe(false);
    expect(calls).toEqual(["acme/sre/hana", "acme/sre/ken", "acme/sre/eve"]);
  });

  it("lets failures other than 404 through, so a broken token is not mistaken for an outsider", async () => {
    const { teams } = fakeTeams({}, 403);
    await expect(
      isAuthorised({ login: "a", association: "NONE" }, { org: "acme", slug: "sre" }, teams),
    ).rejects.toThrow("failed");
  });
});

describe("parseTeamName", () => {
  it("reads org/slug, a bare slug in the owner's organisation, and nothing", () => {
    expect(parseTeamName("acme/sre", "owner")).toEqual({ org: "acme", slug: "sre" });
    expect(parseTeamName("sre", "owner")).toEqual({ org: "owner", slug: "sre" });
    expect(parseTeamName(" ", "owner")).toBeUndefined();
  });

  it("names the input when the value is malformed", () => {
    expect(() => parseTeamName("a/b/c", "owner")).toThrow(/input "team"/);
  });
});
