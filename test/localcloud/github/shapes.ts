import type { CommitObject, TreeEntry } from "./git-objects.js";
import type {
  CommentRecord,
  GithubStore,
  IssueRecord,
  LabelRecord,
  PullFile,
  PullRecord,
  UserRecord,
} from "./store.js";

/**
 * Renders the store's records in GitHub's REST shapes (checked against GitHub's OpenAPI description in
 * test/contract/github-openapi.test.ts). URLs point at the local server, as GitHub's point at api.github.com.
 */
export class Shapes {
  constructor(
    private readonly store: GithubStore,
    /** The API's base URL, e.g. http://127.0.0.1:4567 */
    readonly api: string,
    /** The web base URL that html_url fields use. */
    readonly web: string,
  ) {}

  private get repoApi(): string {
    return `${this.api}/repos/${this.store.owner}/${this.store.repo}`;
  }

  private get repoWeb(): string {
    return `${this.web}/${this.store.owner}/${this.store.repo}`;
  }

  user(login: string) {
    const user: UserRecord = this.store.user(login);
    const url = `${this.api}/users/${encodeURIComponent(user.login)}`;
    return {
      login: user.login,
      id: user.id,
      node_id: nodeId(user.type === "Bot" ? "BOT" : "U", user.id),
      avatar_url: `${this.web}/avatars/${user.id}`,
      gravatar_id: "",
      url,
      html_url: `${this.web}/${user.type === "Bot" ? "apps/" : ""}${user.login.replace(/\[bot\]$/, "")}`,
      followers_url: `${url}/followers`,
      following_url: `${url}/following{/other_user}`,
      gists_url: `${url}/gists{/gist_id}`,
      starred_url: `${url}/starred{/owner}{/repo}`,
      subscriptions_url: `${url}/subscriptions`,
      organizations_url: `${url}/orgs`,
      repos_url: `${url}/repos`,
      events_url: `${url}/events{/privacy}`,
      received_events_url: `${url}/received_events`,
      type: user.type,
      user_view_type: "public",
      site_admin: false,
    };
  }

  repository() {
    const api = this.repoApi;
    const { owner, repo } = this.store;
    const openIssues = [...this.store.issues.values()].filter((i) => i.state === "open").length;
    const created = "2026-01-01T00:00:00Z";
    return {
      id: 1,
      node_id: nodeId("R", 1),
      name: repo,
      full_name: `${owner}/${repo}`,
      private: true,
      owner: this.user(owner),
      html_url: this.repoWeb,
      description: null,
      fork: false,
      url: api,
      archive_url: `${api}/{archive_format}{/ref}`,
      assignees_url: `${api}/assignees{/user}`,
      blobs_url: `${api}/git/blobs{/sha}`,
      branches_url: `${api}/branches{/branch}`,
      collaborators_url: `${api}/collaborators{/collaborator}`,
      comments_url: `${api}/comments{/number}`,
      commits_url: `${api}/commits{/sha}`,
      compare_url: `${api}/compare/{base}...{head}`,
      contents_url: `${api}/contents/{+path}`,
      contributors_url: `${api}/contributors`,
      deployments_url: `${api}/deployments`,
      downloads_url: `${api}/downloads`,
      events_url: `${api}/events`,
      forks_url: `${api}/forks`,
      git_commits_url: `${api}/git/commits{/sha}`,
      git_refs_url: `${api}/git/refs{/sha}`,
      git_tags_url: `${api}/git/tags{/sha}`,
      git_url: `git://${new URL(this.web).host}/${owner}/${repo}.git`,
      issue_comment_url: `${api}/issues/comments{/number}`,
      issue_events_url: `${api}/issues/events{/number}`,
      issues_url: `${api}/issues{/number}`,
      keys_url: `${api}/keys{/key_id}`,
      labels_url: `${api}/labels{/name}`,
      languages_url: `${api}/languages`,
      merges_url: `${api}/merges`,
      milestones_url: `${api}/milestones{/number}`,
      notifications_url: `${api}/notifications{?since,all,participating}`,
      pulls_url: `${api}/pulls{/number}`,
      releases_url: `${api}/releases{/id}`,
      ssh_url: `git@${new URL(this.web).host}:${owner}/${repo}.git`,
      stargazers_url: `${api}/stargazers`,
      statuses_url: `${api}/statuses/{sha}`,
      subscribers_url: `${api}/subscribers`,
      subscription_url: `${api}/subscription`,
      tags_url: `${api}/tags`,
      teams_url: `${api}/teams`,
      trees_url: `${api}/git/trees{/sha}`,
      clone_url: `${this.repoWeb}.git`,
      mirror_url: null,
      hooks_url: `${api}/hooks`,
      svn_url: this.repoWeb,
      homepage: null,
      language: "TypeScript",
      forks_count: 0,
      forks: 0,
      stargazers_count: 0,
      watchers_count: 0,
      watchers: 0,
      size: this.store.blobs.size,
      default_branch: this.store.defaultBranch,
      open_issues_count: openIssues,
      open_issues: openIssues,
      is_template: false,
      topics: [],
      has_issues: true,
      has_projects: false,
      has_wiki: false,
      has_pages: false,
      has_downloads: true,
      has_discussions: false,
      archived: false,
      disabled: false,
      visibility: "private",
      pushed_at: created,
      created_at: created,
      updated_at: created,
      permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
      allow_rebase_merge: true,
      allow_squash_merge: true,
      allow_merge_commit: true,
      allow_auto_merge: false,
      delete_branch_on_merge: false,
      license: null,
      network_count: 0,
      subscribers_count: 0,
    };
  }

  label(label: LabelRecord) {
    return {
      id: label.id,
      node_id: nodeId("LA", label.id),
      url: `${this.repoApi}/labels/${encodeURIComponent(label.name)}`,
      name: label.name,
      color: label.color,
      default: false,
      description: label.description,
    };
  }

  issue(issue: IssueRecord) {
    const url = `${this.repoApi}/issues/${issue.number}`;
    const pull = this.store.pulls.get(issue.number);
    const assignees = issue.assignees.map((login) => this.user(login));
    return {
      url,
      repository_url: this.repoApi,
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `${this.repoWeb}/${pull === undefined ? "issues" : "pull"}/${issue.number}`,
      id: issue.id,
      node_id: nodeId(pull === undefined ? "I" : "PR", issue.id),
      number: issue.number,
      title: issue.title,
      user: this.user(issue.user),
      labels: this.store.labelsOn(issue.number).map((l) => this.label(l)),
      state: issue.state,
      state_reason: issue.stateReason,
      locked: false,
      assignee: assignees[0] ?? null,
      assignees,
      milestone: null,
      comments: this.store.commentsOn(issue.number).length,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.closedAt,
      author_association: this.store.user(issue.user).association,
      active_lock_reason: null,
      body: issue.body,
      closed_by: null,
      reactions: reactions(url),
      timeline_url: `${url}/timeline`,
      performed_via_github_app: null,
      ...(pull === undefined
        ? {}
        : {
            draft: pull.draft,
            pull_request: {
              url: `${this.repoApi}/pulls/${issue.number}`,
              html_url: `${this.repoWeb}/pull/${issue.number}`,
              diff_url: `${this.repoWeb}/pull/${issue.number}.diff`,
              patch_url: `${this.repoWeb}/pull/${issue.number}.patch`,
              merged_at: pull.mergedAt,
            },
          }),
    };
  }

  comment(comment: CommentRecord) {
    const url = `${this.repoApi}/issues/comments/${comment.id}`;
    const onPull = this.store.pulls.has(comment.issueNumber);
    return {
      url,
      html_url: `${this.repoWeb}/${onPull ? "pull" : "issues"}/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${this.repoApi}/issues/${comment.issueNumber}`,
      id: comment.id,
      node_id: nodeId("IC", comment.id),
      user: this.user(comment.user),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: this.store.user(comment.user).association,
      body: comment.body,
      reactions: reactions(url),
      performed_via_github_app: null,
    };
  }

  pull(pull: PullRecord) {
    const issue = this.store.issue(pull.number);
    const url = `${this.repoApi}/pulls/${pull.number}`;
    const html = `${this.repoWeb}/pull/${pull.number}`;
    const headSha = this.store.headSha(pull);
    const files = this.store.pullFiles(pull);
    const branch = (ref: string, sha: string) => ({
      label: `${this.store.owner}:${ref}`,
      ref,
      sha,
      user: this.user(this.store.owner),
      repo: this.repository(),
    });
    return {
      url,
      id: pull.id,
      node_id: nodeId("PR", pull.id),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${this.repoApi}/issues/${pull.number}`,
      commits_url: `${url}/commits`,
      review_comments_url: `${url}/comments`,
      review_comment_url: `${this.repoApi}/pulls/comments{/number}`,
      comments_url: `${this.repoApi}/issues/${pull.number}/comments`,
      statuses_url: `${this.repoApi}/statuses/${headSha}`,
      number: pull.number,
      state: issue.state,
      locked: false,
      title: issue.title,
      user: this.user(issue.user),
      body: issue.body,
      labels: this.store.labelsOn(pull.number).map((l) => this.label(l)),
      milestone: null,
      active_lock_reason: null,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.closedAt,
      merged_at: pull.mergedAt,
      merge_commit_sha: pull.mergeCommitSha,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: branch(pull.head, headSha),
      base: branch(pull.base, this.store.branchSha(pull.base) ?? ""),
      _links: {
        self: { href: url },
        html: { href: html },
        issue: { href: `${this.repoApi}/issues/${pull.number}` },
        comments: { href: `${this.repoApi}/issues/${pull.number}/comments` },
        review_comments: { href: `${url}/comments` },
        review_comment: { href: `${this.repoApi}/pulls/comments{/number}` },
        commits: { href: `${url}/commits` },
        statuses: { href: `${this.repoApi}/statuses/${headSha}` },
      },
      author_association: this.store.user(issue.user).association,
      auto_merge: null,
      draft: pull.draft,
      merged: pull.merged,
      mergeable: issue.state === "open" ? true : null,
      rebaseable: issue.state === "open" ? true : null,
      mergeable_state: issue.state === "open" ? "clean" : "unknown",
      merged_by: pull.mergedBy === null ? null : this.user(pull.mergedBy),
      comments: this.store.commentsOn(pull.number).length,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: this.store.commitsBetween(pull.base, headSha),
      additions: files.reduce((sum, f) => sum + f.additions, 0),
      deletions: files.reduce((sum, f) => sum + f.deletions, 0),
      changed_files: files.length,
    };
  }

  pullFile(file: PullFile, headSha: string) {
    return {
      sha: file.sha,
      filename: file.filename,
      status: file.status,
      additions: file.additions,
      deletions: file.deletions,
      changes: file.additions + file.deletions,
      blob_url: `${this.repoWeb}/blob/${headSha}/${file.filename}`,
      raw_url: `${this.repoWeb}/raw/${headSha}/${file.filename}`,
      contents_url: `${this.repoApi}/contents/${file.filename}?ref=${headSha}`,
    };
  }

  ref(name: string, sha: string) {
    return {
      ref: name,
      node_id: nodeId("REF", name.length),
      url: `${this.repoApi}/git/${name}`,
      object: { sha, type: "commit", url: `${this.repoApi}/git/commits/${sha}` },
    };
  }

  commit(commit: CommitObject) {
    return {
      sha: commit.sha,
      node_id: nodeId("C", commit.sha),
      url: `${this.repoApi}/git/commits/${commit.sha}`,
      html_url: `${this.repoWeb}/commit/${commit.sha}`,
      author: commit.author,
      committer: commit.committer,
      tree: { sha: commit.tree, url: `${this.repoApi}/git/trees/${commit.tree}` },
      message: commit.message,
      parents: commit.parents.map((sha) => ({
        sha,
        url: `${this.repoApi}/git/commits/${sha}`,
        html_url: `${this.repoWeb}/commit/${sha}`,
      })),
      verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
    };
  }

  tree(sha: string, recursive: boolean) {
    const entries: { path: string; entry: TreeEntry }[] = [];
    const walk = (treeSha: string, prefix: string) => {
      for (const entry of this.store.trees.get(treeSha) ?? []) {
        entries.push({ path: `${prefix}${entry.name}`, entry });
        if (recursive && entry.type === "tree") walk(entry.sha, `${prefix}${entry.name}/`);
      }
    };
    walk(sha, "");
    return {
      sha,
      url: `${this.repoApi}/git/trees/${sha}`,
      tree: entries.map(({ path, entry }) => ({
        path,
        mode: entry.mode,
        type: entry.type,
        sha: entry.sha,
        ...(entry.type === "blob" ? { size: this.store.blobs.get(entry.sha)?.length ?? 0 } : {}),
        url: `${this.repoApi}/git/${entry.type === "tree" ? "trees" : "blobs"}/${entry.sha}`,
      })),
      truncated: false,
    };
  }

  blob(sha: string, content: Buffer) {
    return {
      sha,
      node_id: nodeId("B", sha),
      size: content.length,
      url: `${this.repoApi}/git/blobs/${sha}`,
      content: base64Lines(content),
      encoding: "base64",
    };
  }

  shortBlob(sha: string) {
    return { url: `${this.repoApi}/git/blobs/${sha}`, sha };
  }

  /** A contents entry; files carry their content only when read alone, as on GitHub. */
  contentEntry(
    path: string,
    ref: string,
    entry: { type: "blob" | "tree" | "commit"; sha: string },
    withContent = false,
  ) {
    const type = entry.type === "tree" ? "dir" : entry.type === "commit" ? "submodule" : "file";
    const blob = this.store.blobs.get(entry.sha);
    const url = `${this.repoApi}/contents/${path}?ref=${encodeURIComponent(ref)}`;
    const gitUrl = `${this.repoApi}/git/${entry.type === "tree" ? "trees" : "blobs"}/${entry.sha}`;
    const htmlUrl = `${this.repoWeb}/${type === "dir" ? "tree" : "blob"}/${ref}/${path}`;
    return {
      type,
      size: type === "file" ? (blob?.length ?? 0) : 0,
      name: path.split("/").pop() ?? path,
      path,
      sha: entry.sha,
      url,
      git_url: gitUrl,
      html_url: htmlUrl,
      download_url: type === "file" ? `${this.repoWeb}/raw/${ref}/${path}` : null,
      ...(withContent && blob !== undefined ? { content: base64Lines(blob), encoding: "base64" } : {}),
      _links: { self: url, git: gitUrl, html: htmlUrl },
    };
  }
}

function reactions(url: string) {
  return {
    url: `${url}/reactions`,
    total_count: 0,
    "+1": 0,
    "-1": 0,
    laugh: 0,
    hooray: 0,
    confused: 0,
    heart: 0,
    rocket: 0,
    eyes: 0,
  };
}

function nodeId(kind: string, id: number | string): string {
  return `${kind}_${Buffer.from(String(id)).toString("base64url")}`;
}

/** GitHub wraps base64 content at 60 characters with newlines. */
function base64Lines(content: Buffer): string {
  const text = content.toString("base64");
  const lines = text.match(/.{1,60}/g) ?? [];
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
