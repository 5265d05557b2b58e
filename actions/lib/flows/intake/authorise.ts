import type { TeamName, TeamsApi } from "../../adapters/github/team-membership.js";
import { isActiveTeamMember } from "../../adapters/github/team-membership.js";

/** Associations that already have a say in the repository; anyone else who can open an issue does not. */
export const trustedAssociations: readonly string[] = ["OWNER", "MEMBER", "COLLABORATOR"];

export interface RequestAuthor {
  login: string;
  association: string;
}

/** Trusted by association first (no call), then, when a team is configured, by its membership. */
export async function isAuthorised(
  author: RequestAuthor,
  team: TeamName | undefined,
  teams: TeamsApi,
): Promise<boolean> {
  if (trustedAssociations.includes(author.association)) return true;
  if (team === undefined) return false;
  return isActiveTeamMember(teams, team, author.login);
}

/** Reads a `team` input: `org/slug`, or a bare slug in the repository owner's organisation. */
export function parseTeamName(input: string, owner: string): TeamName | undefined {
  const value = input.trim();
  if (value === "") return undefined;
  const match = /^(?:([A-Za-z0-9-]+)\/)?([A-Za-z0-9_.-]+)$/.exec(value);
  if (match === null) throw new Error(`input "team" must be "org/team-slug" or "team-slug", got "${value}"`);
  return { org: match[1] ?? owner, slug: match[2] ?? "" };
}
