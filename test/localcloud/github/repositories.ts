import { type Route, Router } from "./router.js";
import { commentRoutes } from "./routes/comments.js";
import { contentRoutes } from "./routes/contents.js";
import { gitRoutes } from "./routes/git.js";
import { issueRoutes } from "./routes/issues.js";
import { labelRoutes } from "./routes/labels.js";
import { pullRoutes } from "./routes/pulls.js";
import { repositoryRoutes } from "./routes/repository.js";
import { settingsRoutes } from "./routes/settings.js";
import { Shapes } from "./shapes.js";
import { GithubStore } from "./store.js";

/** The routes every repository answers, for a store and its shapes; the contract test walks this list. */
export function repositoryRouteList(store: GithubStore, shapes: Shapes): Route[] {
  return [
    ...repositoryRoutes(shapes),
    ...issueRoutes(store, shapes),
    ...commentRoutes(store, shapes),
    ...labelRoutes(store, shapes),
    ...pullRoutes(store, shapes),
    ...gitRoutes(store, shapes),
    ...contentRoutes(store, shapes),
    ...settingsRoutes(store),
  ];
}

export interface RepositoryEntry {
  store: GithubStore;
  router: Router;
}

/** Every repository the server holds, by `owner/name` as GitHub compares them (without case). */
export class Repositories {
  private readonly entries = new Map<string, RepositoryEntry>();

  /** `baseUrl` is read when a repository is first made, so that its shapes link to the server's address. */
  constructor(private readonly baseUrl: () => string) {}

  /** The repository, created empty on first use. */
  open(owner: string, repo: string): RepositoryEntry {
    const key = `${owner}/${repo}`.toLowerCase();
    let entry = this.entries.get(key);
    if (entry === undefined) {
      const store = new GithubStore(owner, repo);
      const url = this.baseUrl();
      entry = { store, router: new Router(repositoryRouteList(store, new Shapes(store, url, url))) };
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** The repository if it exists: an API request never creates one. */
  find(owner: string, repo: string): RepositoryEntry | undefined {
    return this.entries.get(`${owner}/${repo}`.toLowerCase());
  }

  /** Commits the files to the repository's default branch (creating the repository) and returns the commit sha. */
  seed(seed: { owner: string; repo: string; files: Record<string, string>; message?: string | undefined }): string {
    const store = this.open(seed.owner, seed.repo).store;
    const changes = Object.entries(seed.files).map(([path, content]) => ({ path, content }));
    return store.commitChanges(store.defaultBranch, seed.message ?? "Seed the repository", changes).sha;
  }
}
