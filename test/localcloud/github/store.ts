import { type Clock, systemClock } from "../../../actions/lib/core/ports.js";
import { GithubError, notFound, unprocessable, validationFailed } from "./errors.js";
import { type CommitObject, type FileMode, GitObjects, type PathChange, type Signature } from "./git-objects.js";

export type AuthorAssociation = "OWNER" | "MEMBER" | "COLLABORATOR" | "CONTRIBUTOR" | "NONE";

export interface UserRecord {
  login: string;
  id: number;
  type: "User" | "Bot";
  /** How the user relates to this repository, as GitHub reports it on their issues and comments. */
  association: AuthorAssociation;
}

export interface IssueRecord {
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  stateReason: "completed" | "not_planned" | "reopened" | null;
  labels: string[];
  assignees: string[];
  user: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

/** A pull request's own fields; its title, body, state, labels and comments live in its issue, as on GitHub. */
export interface PullRecord {
  number: number;
  id: number;
  head: string;
  base: string;
  /** The head's commit while open; frozen when closed or merged. */
  headSha: string;
  draft: boolean;
  merged: boolean;
  mergedAt: string | null;
  mergedBy: string | null;
  mergeCommitSha: string | null;
}

export interface PullFile {
  filename: string;
  sha: string;
  status: "added" | "modified" | "removed";
  additions: number;
  deletions: number;
}

export const botLogin = "github-actions[bot]";

/** The state of one repository on the local GitHub; tests read it directly. */
export class GithubStore {
  readonly git = new GitObjects();
  readonly users = new Map<string, UserRecord>();
  readonly issues = new Map<number, IssueRecord>();
  readonly comments = new Map<number, CommentRecord>();
  readonly labels = new Map<string, LabelRecord>();
  readonly pulls = new Map<number, PullRecord>();
  readonly defaultBranch = "main";
  private nextNumber = 1;
  private nextId = 1000;

  constructor(
    readonly owner: string,
    readonly repo: string,
    readonly clock: Clock = systemClock,
  ) {
    this.addUser(botLogin, "Bot", "NONE");
    this.addUser(owner, "User", "OWNER");
  }

  get refs(): Map<string, string> {
    return this.git.refs;
  }
  get commits(): Map<string, CommitObject> {
    return this.git.commits;
  }
  get trees() {
    return this.git.trees;
  }
  get blobs(): Map<string, Buffer> {
    return this.git.blobs;
  }

  addUser(login: string, type: UserRecord["type"] = "User", association: AuthorAssociation = "NONE"): UserRecord {
    const existing = this.users.get(login);
    if (existing !== undefined) return existing;
    const user = { login, id: this.id(), type, association };
    this.users.set(login, user);
    return user;
  }

  /** Creates the user, or changes an existing one's type and association (the admin interface's users). */
  putUser(login: string, type: UserRecord["type"], association: AuthorAssociation): UserRecord {
    const user = this.addUser(login, type, association);
    user.type = type;
    user.association = association;
    return user;
  }

  user(login: string): UserRecord {
    return this.users.get(login) ?? this.addUser(login);
  }

  id(): number {
    this.nextId += 1;
    return this.nextId;
  }

  now(): string {
    return this.clock
      .now()
      .toISOString()
      .replace(/\.\d{3}Z$/, "Z");
  }

  // Issues ---------------------------------------------------------------------------------------------------

  issue(number: number): IssueRecord {
    const issue = this.issues.get(number);
    if (issue === undefined) throw notFound();
    return issue;
  }

  createIssue(input: { title: string; body?: string | null; labels?: string[]; assignees?: string[]; user: string }) {
    const now = this.now();
    const issue: IssueRecord = {
      number: this.nextNumber++,
      id: this.id(),
      title: input.title,
      body: input.body ?? null,
      state: "open",
      stateReason: null,
      labels: [],
      assignees: input.assignees ?? [],
      user: this.user(input.user).login,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
    };
    this.issues.set(issue.number, issue);
    this.addLabels(issue.number, input.labels ?? []);
    return issue;
  }

  updateIssue(
    number: number,
    /** Fields left undefined stay as they are. */
    patch: {
      title?: string | undefined;
      body?: string | null | undefined;
      state?: "open" | "closed" | undefined;
      stateReason?: IssueRecord["stateReason"] | undefined;
      labels?: string[] | undefined;
      assignees?: string[] | undefined;
    },
  ): IssueRecord {
    const issue = this.issue(number);
    if (patch.title !== undefined) issue.title = patch.title;
    if (patch.body !== undefined) issue.body = patch.body;
    if (patch.assignees !== undefined) issue.assignees = patch.assignees;
    if (patch.labels !== undefined) this.setLabels(number, patch.labels);
    if (patch.state !== undefined && patch.state !== issue.state) {
      issue.state = patch.state;
      issue.closedAt = patch.state === "closed" ? this.now() : null;
      issue.stateReason = patch.state === "closed" ? (patch.stateReason ?? "completed") : "reopened";
    } else if (patch.stateReason !== undefined && issue.state === "closed") {
      issue.stateReason = patch.stateReason;
    }
    issue.updatedAt = this.now();
    return issue;
  }

  // Comments -------------------------------------------------------------------------------------------------

  createComment(issueNumber: number, body: string, user: string): CommentRecord {
    const issue = this.issue(issueNumber);
    const now = this.now();
    const comment = { id: this.id(), issueNumber, body, user: this.user(user).login, createdAt: now, updatedAt: now };
    this.comments.set(comment.id, comment);
    issue.updatedAt = now;
    return comment;
  }

  comment(id: number): CommentRecord {
    const comment = this.comments.get(id);
    if (comment === undefined) throw notFound();
    return comment;
  }

  updateComment(id: number, body: string): CommentRecord {
    const comment = this.comment(id);
    comment.body = body;
    comment.updatedAt = this.now();
    return comment;
  }

  commentsOn(issueNumber: number): CommentRecord[] {
    return [...this.comments.values()].filter((c) => c.issueNumber === issueNumber);
  }

  // Labels ---------------------------------------------------------------------------------------------------

  createLabel(name: string, color = "ededed", description: string | null = null): LabelRecord {
    if (this.findLabel(name) !== undefined) {
      throw validationFailed({ resource: "Label", code: "already_exists", field: "name" });
    }
    const label = { id: this.id(), name, color, description };
    this.labels.set(name, label);
    return label;
  }

  /** Label names match case-insensitively, as on GitHub. */
  findLabel(name: string): LabelRecord | undefined {
    const wanted = name.toLowerCase();
    for (const label of this.labels.values()) if (label.name.toLowerCase() === wanted) return label;
    return undefined;
  }

  /** Adding a label that the repository lacks creates it, as GitHub does. */
  addLabels(number: number, names: readonly string[]): LabelRecord[] {
    const issue = this.issue(number);
    for (const name of names) {
      const label = this.findLabel(name) ?? this.createLabel(name);
      if (!issue.labels.includes(label.name)) issue.labels.push(label.name);
    }
    return this.labelsOn(number);
  }

  setLabels(number: number, names: readonly string[]): LabelRecord[] {
    this.issue(number).labels = [];
    return this.addLabels(number, names);
  }

  removeLabel(number: number, name: string): LabelRecord[] {
    const issue = this.issue(number);
    const label = this.findLabel(name);
    if (label === undefined || !issue.labels.includes(label.name)) throw new GithubError(404, "Label does not exist");
    issue.labels = issue.labels.filter((l) => l !== label.name);
    return this.labelsOn(number);
  }

  labelsOn(number: number): LabelRecord[] {
    return this.issue(number).labels.flatMap((name) => this.labels.get(name) ?? []);
  }

  // Git and contents -----------------------------------------------------------------------------------------

  /** The signature of commits the local GitHub makes itself (seeding, contents API, merges). */
  signature(): Signature {
    return { name: "GitHub", email: "noreply@github.com", date: this.now() };
  }

  branchSha(branch: string): string | undefined {
    return this.git.refs.get(`refs/heads/${branch}`);
  }

  /** Commits path changes on a branch (creating it from nothing when absent) and moves the branch. */
  commitChanges(branch: string, message: string, changes: readonly PathChange[]): CommitObject {
    const parent = this.branchSha(branch);
    const baseTree = parent === undefined ? undefined : this.git.commits.get(parent)?.tree;
    const tree = this.git.applyChanges(baseTree, changes);
    const signature = this.signature();
    const commit = this.git.putCommit({
      tree,
      parents: parent === undefined ? [] : [parent],
      message,
      author: signature,
      committer: signature,
    });
    this.git.refs.set(`refs/heads/${branch}`, commit.sha);
    return commit;
  }

  /** A file's text at a ref (branch, full ref or sha), or undefined when absent. */
  readFile(path: string, ref: string = this.defaultBranch): string | undefined {
    const entry = this.entryAt(path, ref);
    if (entry === undefined || entry.type !== "blob") return undefined;
    return this.git.blobs.get(entry.sha)?.toString("utf8");
  }

  /** The file paths at a ref, sorted. */
  listFiles(ref: string = this.defaultBranch): string[] {
    const tree = this.treeAt(ref);
    return tree === undefined ? [] : [...this.git.flatten(tree).keys()].sort();
  }

  treeAt(ref: string): string | undefined {
    const sha = this.git.resolveCommit(ref);
    return sha === undefined ? undefined : this.git.commits.get(sha)?.tree;
  }

  /** The tree entry at a path ("" is the root tree). */
  entryAt(path: string, ref: string): { type: "blob" | "tree" | "commit"; sha: string; mode: FileMode } | undefined {
    const root = this.treeAt(ref);
    if (root === undefined) return undefined;
    let current: { type: "blob" | "tree" | "commit"; sha: string; mode: FileMode } = {
      type: "tree",
      sha: root,
      mode: "040000",
    };
    for (const segment of path.split("/").filter((s) => s !== "")) {
      if (current.type !== "tree") return undefined;
      const next = this.git.trees.get(current.sha)?.find((e) => e.name === segment);
      if (next === undefined) return undefined;
      current = next;
    }
    return current;
  }

  // Pull requests --------------------------------------------------------------------------------------------

  pull(number: number): PullRecord {
    const pull = this.pulls.get(number);
    if (pull === undefined) throw notFound();
    return pull;
  }

  /** The live head sha of an open pull request, the frozen one of a closed one. */
  headSha(pull: PullRecord): string {
    if (this.issue(pull.number).state === "open") pull.headSha = this.branchSha(pull.head) ?? pull.headSha;
    return pull.headSha;
  }

  createPull(input: {
    title: string;
    body?: string | null;
    head: string;
    base: string;
    draft?: boolean;
    user: string;
  }) {
    const headSha = this.branchSha(input.head);
    const baseSha = this.branchSha(input.base);
    if (headSha === undefined) throw validationFailed({ resource: "PullRequest", field: "head", code: "invalid" });
    if (baseSha === undefined) throw validationFailed({ resource: "PullRequest", field: "base", code: "invalid" });
    for (const open of this.pulls.values()) {
      if (open.head === input.head && open.base === input.base && this.issue(open.number).state === "open") {
        throw validationFailed({
          resource: "PullRequest",
          code: "custom",
          message: `A pull request already exists for ${this.owner}:${input.head}.`,
        });
      }
    }
    if (this.git.ancestors(baseSha).has(headSha)) {
      throw validationFailed({
        resource: "PullRequest",
        code: "custom",
        message: `No commits between ${input.base} and ${input.head}`,
      });
    }
    const issue = this.createIssue({ title: input.title, body: input.body ?? null, user: input.user });
    const pull: PullRecord = {
      number: issue.number,
      id: this.id(),
      head: input.head,
      base: input.base,
      headSha,
      draft: input.draft ?? false,
      merged: false,
      mergedAt: null,
      mergedBy: null,
      mergeCommitSha: null,
    };
    this.pulls.set(pull.number, pull);
    return pull;
  }

  /** The files a pull request changes: from the merge base to the head, as `GET /pulls/{n}/files` lists them. */
  pullFiles(pull: PullRecord): PullFile[] {
    const headSha = this.headSha(pull);
    const baseSha = this.branchSha(pull.base) ?? headSha;
    const base = pull.merged ? this.git.commits.get(pull.mergeCommitSha ?? "")?.parents[0] : undefined;
    const from = this.filesAt(base ?? this.git.mergeBase(baseSha, headSha));
    const to = this.filesAt(headSha);
    const files: PullFile[] = [];
    for (const [filename, file] of to) {
      const before = from.get(filename);
      if (before?.sha === file.sha) continue;
      const counts = lineChanges(this.blobText(before?.sha), this.blobText(file.sha));
      files.push({ filename, sha: file.sha, status: before === undefined ? "added" : "modified", ...counts });
    }
    for (const [filename, file] of from) {
      if (to.has(filename)) continue;
      files.push({ filename, sha: file.sha, status: "removed", ...lineChanges(this.blobText(file.sha), "") });
    }
    return files.sort((a, b) => (a.filename < b.filename ? -1 : 1));
  }

  /** How many commits the head has that the base branch lacks. */
  commitsBetween(baseBranch: string, headSha: string): number {
    const base = this.branchSha(baseBranch);
    const inBase = base === undefined ? new Set<string>() : this.git.ancestors(base);
    return [...this.git.ancestors(headSha)].filter((sha) => !inBase.has(sha)).length;
  }

  private filesAt(commitSha: string | undefined) {
    const tree = commitSha === undefined ? undefined : this.git.commits.get(commitSha)?.tree;
    return tree === undefined ? new Map<string, { sha: string }>() : this.git.flatten(tree);
  }

  private blobText(sha: string | undefined): string {
    return sha === undefined ? "" : (this.git.blobs.get(sha)?.toString("utf8") ?? "");
  }

  /**
   * Merges without conflicts: the changes from the merge base to the head are applied onto the base branch. A
   * merge commit has both parents, a squash one only the base; the base branch moves to it.
   */
  mergePull(
    number: number,
    input: {
      sha?: string | undefined;
      method: "merge" | "squash" | "rebase";
      title?: string | undefined;
      message?: string | undefined;
      user: string;
    },
  ): CommitObject {
    const pull = this.pull(number);
    const issue = this.issue(number);
    if (issue.state !== "open") throw new GithubError(405, "Pull Request is not mergeable");
    const headSha = this.headSha(pull);
    if (input.sha !== undefined && input.sha !== headSha) {
      throw new GithubError(409, "Head branch was modified. Review and try the merge again.");
    }
    const baseSha = this.branchSha(pull.base);
    if (baseSha === undefined) throw unprocessable("Base branch was deleted");
    const base = this.git.mergeBase(baseSha, headSha);
    const from = base === undefined ? new Map() : this.git.flatten(this.git.commits.get(base)?.tree ?? "");
    const to = this.git.flatten(this.git.commits.get(headSha)?.tree ?? "");
    const changes: PathChange[] = [];
    for (const [path, file] of to) {
      if (from.get(path)?.sha !== file.sha) changes.push({ path, mode: file.mode, sha: file.sha });
    }
    for (const path of from.keys()) if (!to.has(path)) changes.push({ path, delete: true });
    const tree = this.git.applyChanges(this.git.commits.get(baseSha)?.tree, changes);
    const signature = this.signature();
    const commit = this.git.putCommit({
      tree,
      parents: input.method === "merge" ? [baseSha, headSha] : [baseSha],
      message: [input.title ?? `Merge pull request #${number} from ${this.owner}/${pull.head}`, input.message]
        .filter((part) => part !== undefined && part !== "")
        .join("\n\n"),
      author: signature,
      committer: signature,
    });
    this.git.refs.set(`refs/heads/${pull.base}`, commit.sha);
    const now = this.now();
    Object.assign(pull, { merged: true, mergedAt: now, mergedBy: input.user, mergeCommitSha: commit.sha });
    this.updateIssue(number, { state: "closed" });
    return commit;
  }
}

/** Lines added and removed, counted as multisets: enough for the counts GitHub shows, not a diff. */
function lineChanges(before: string, after: string): { additions: number; deletions: number } {
  const count = (text: string) => {
    const lines = new Map<string, number>();
    for (const line of text === "" ? [] : text.replace(/\n$/, "").split("\n"))
      lines.set(line, (lines.get(line) ?? 0) + 1);
    return lines;
  };
  const old = count(before);
  const next = count(after);
  let additions = 0;
  let deletions = 0;
  for (const [line, n] of next) additions += Math.max(0, n - (old.get(line) ?? 0));
  for (const [line, n] of old) deletions += Math.max(0, n - (next.get(line) ?? 0));
  return { additions, deletions };
}
