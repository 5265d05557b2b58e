/** A repository on GitHub, as every GitHub call names it. */
export interface RepoRef {
  owner: string;
  repo: string;
}
