import { createHash } from "node:crypto";

/**
 * Git's object model as GitHub's git database API exposes it: blobs, trees, commits and refs, addressed by the
 * SHA-1 that git itself would compute, so a sha seen in one answer can be used in the next as on GitHub.
 */

export type FileMode = "100644" | "100755" | "040000" | "160000" | "120000";

export interface TreeEntry {
  /** One path segment: trees nest, as in git. */
  name: string;
  mode: FileMode;
  type: "blob" | "tree" | "commit";
  sha: string;
}

export interface Signature {
  name: string;
  email: string;
  date: string;
}

export interface CommitObject {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  author: Signature;
  committer: Signature;
}

/** One file below a tree, with its full path: the flat view that edits are made in. */
export interface FlatFile {
  mode: FileMode;
  sha: string;
}

/** A change to one path when building a tree: new content, an existing blob, or a deletion. */
export type PathChange =
  | { path: string; mode?: FileMode; content: string }
  | { path: string; mode?: FileMode; sha: string }
  | { path: string; delete: true };

export class GitObjects {
  readonly blobs = new Map<string, Buffer>();
  readonly trees = new Map<string, TreeEntry[]>();
  readonly commits = new Map<string, CommitObject>();
  /** Full names ("refs/heads/main") to commit shas. */
  readonly refs = new Map<string, string>();

  putBlob(content: Buffer): string {
    const sha = gitHash("blob", content);
    this.blobs.set(sha, content);
    return sha;
  }

  putTree(entries: TreeEntry[]): string {
    const sorted = [...entries].sort(compareEntries);
    const body = Buffer.concat(
      sorted.map((e) =>
        Buffer.concat([Buffer.from(`${e.mode.replace(/^0/, "")} ${e.name}\0`), Buffer.from(e.sha, "hex")]),
      ),
    );
    const sha = gitHash("tree", body);
    this.trees.set(sha, sorted);
    return sha;
  }

  putCommit(commit: Omit<CommitObject, "sha">): CommitObject {
    const lines = [`tree ${commit.tree}`, ...commit.parents.map((p) => `parent ${p}`)];
    lines.push(`author ${signatureLine(commit.author)}`, `committer ${signatureLine(commit.committer)}`);
    const sha = gitHash("commit", Buffer.from(`${lines.join("\n")}\n\n${commit.message}`));
    const stored = { ...commit, sha };
    this.commits.set(sha, stored);
    return stored;
  }

  /** Every file below a tree, keyed by its full path. */
  flatten(treeSha: string, prefix = "", into = new Map<string, FlatFile>()): Map<string, FlatFile> {
    for (const entry of this.trees.get(treeSha) ?? []) {
      const path = `${prefix}${entry.name}`;
      if (entry.type === "tree") this.flatten(entry.sha, `${path}/`, into);
      else into.set(path, { mode: entry.mode, sha: entry.sha });
    }
    return into;
  }

  /** Writes the nested trees for a flat file map and returns the root tree's sha. */
  buildTree(files: ReadonlyMap<string, FlatFile>): string {
    const children = new Map<string, Map<string, FlatFile>>();
    const entries: TreeEntry[] = [];
    for (const [path, file] of files) {
      const slash = path.indexOf("/");
      if (slash === -1) {
        entries.push({ name: path, mode: file.mode, type: file.mode === "160000" ? "commit" : "blob", sha: file.sha });
        continue;
      }
      const dir = path.slice(0, slash);
      const sub = children.get(dir) ?? new Map<string, FlatFile>();
      sub.set(path.slice(slash + 1), file);
      children.set(dir, sub);
    }
    for (const [name, sub] of children) entries.push({ name, mode: "040000", type: "tree", sha: this.buildTree(sub) });
    return this.putTree(entries);
  }

  /** Applies path changes on top of a base tree (or an empty one), as `POST /git/trees` with base_tree does. */
  applyChanges(baseTree: string | undefined, changes: readonly PathChange[]): string {
    const files = baseTree === undefined ? new Map<string, FlatFile>() : this.flatten(baseTree);
    for (const change of changes) {
      if ("delete" in change) {
        files.delete(change.path);
        for (const path of [...files.keys()]) if (path.startsWith(`${change.path}/`)) files.delete(path);
      } else if ("content" in change) {
        files.set(change.path, { mode: change.mode ?? "100644", sha: this.putBlob(Buffer.from(change.content)) });
      } else {
        files.set(change.path, { mode: change.mode ?? "100644", sha: change.sha });
      }
    }
    return this.buildTree(files);
  }

  /** Resolves a branch name, a full ref, "heads/x" or a commit sha to a commit sha. */
  resolveCommit(ref: string): string | undefined {
    const candidates = [ref, `refs/${ref}`, `refs/heads/${ref}`, `refs/tags/${ref}`];
    for (const name of candidates) {
      const sha = this.refs.get(name);
      if (sha !== undefined) return sha;
    }
    return this.commits.has(ref) ? ref : undefined;
  }

  /** Every commit reachable from `sha`, itself included. */
  ancestors(sha: string): Set<string> {
    const seen = new Set<string>();
    const queue = [sha];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(...(this.commits.get(next)?.parents ?? []));
    }
    return seen;
  }

  /** The nearest commit reachable from both, walking `head`'s history breadth first. */
  mergeBase(base: string, head: string): string | undefined {
    const fromBase = this.ancestors(base);
    const queue = [head];
    const seen = new Set<string>();
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      if (fromBase.has(next)) return next;
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(...(this.commits.get(next)?.parents ?? []));
    }
    return undefined;
  }
}

export function gitHash(type: "blob" | "tree" | "commit", body: Buffer): string {
  return createHash("sha1")
    .update(Buffer.from(`${type} ${body.length}\0`))
    .update(body)
    .digest("hex");
}

/** Git orders tree entries by name, comparing a tree's name as if it ended in "/". */
function compareEntries(a: TreeEntry, b: TreeEntry): number {
  const key = (e: TreeEntry) => (e.type === "tree" ? `${e.name}/` : e.name);
  const ka = key(a);
  const kb = key(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function signatureLine(s: Signature): string {
  return `${s.name} <${s.email}> ${Math.floor(Date.parse(s.date) / 1000)} +0000`;
}
