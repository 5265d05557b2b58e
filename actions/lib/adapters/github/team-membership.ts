import { httpStatus } from "./status.js";

/** The one call of the teams API that authorisation needs; Octokit satisfies it, and so does a test's fake. */
export interface TeamsApi {
  rest: {
    teams: {
      getMembershipForUserInOrg(params: {
        org: string;
        team_slug: string;
        username: string;
      }): Promise<{ data: { state?: string } }>;
    };
  };
}

export interface TeamName {
  org: string;
  slug: string;
}

/**
 * Whether `username` is an active member of the team. 404 means not a member (or a team the token cannot see:
 * reading organisation teams needs a GitHub App token with members:read, which GITHUB_TOKEN lacks).
 */
export async function isActiveTeamMember(teams: TeamsApi, team: TeamName, username: string): Promise<boolean> {
  try {
    const { data } = await teams.rest.teams.getMembershipForUserInOrg({
      org: team.org,
      team_slug: team.slug,
      username,
    });
    return data.state === "active";
  } catch (error) {
    if (httpStatus(error) === 404) return false;
    throw error;
  }
}
