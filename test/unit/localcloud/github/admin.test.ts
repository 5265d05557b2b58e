import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type GithubServerHandle, startGithubServer } from "../../../localcloud/github/server.js";
import { callGithub } from "./call.js";

/** The local GitHub's admin interface: the route list, users with an author association, lost answers. */
describe("the local GitHub's admin interface", () => {
  let github: GithubServerHandle;
  const api = "/repos/clinic-ops/fleet";

  const call = (method: string, path: string, body?: unknown, token: string | null = github.token) =>
    callGithub(github.url, method, path, body, token);
  const admin = (method: string, path: string, body?: unknown) => call(method, `/_localcloud/${path}`, body, null);

  beforeAll(async () => {
    github = await startGithubServer({ owner: "clinic-ops", repo: "fleet" });
    github.seedRepository({ owner: "clinic-ops", repo: "fleet", files: { "README.md": "# fleet\n" } });
  });
  afterAll(() => github.close());
  beforeEach(() => admin("POST", "reset"));

  it("lists its routes at /_localcloud/ and names them when a path is not one", async () => {
    const listed = await admin("GET", "");
    expect(listed.status).toBe(200);
    const routes = listed.body.routes.map((r: { method: string; path: string }) => `${r.method} ${r.path}`);
    expect(routes).toEqual(
      expect.arrayContaining([
        "GET /_localcloud/requests",
        "POST /_localcloud/fail",
        "POST /_localcloud/lost-answers",
        "POST /_localcloud/users",
        "POST /_localcloud/reset",
      ]),
    );
    for (const route of listed.body.routes) expect(route.does).toMatch(/\w/);
    const unknown = await admin("GET", "nothing-here");
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toContain("POST /_localcloud/users");
  });

  it("adds users over HTTP who act as a maintainer, a collaborator or an outsider with their tokens", async () => {
    const member = await admin("POST", "users", { login: "yoko-sre", association: "MEMBER" });
    expect(member).toMatchObject({
      status: 201,
      body: { login: "yoko-sre", association: "MEMBER", type: "User", repository: "clinic-ops/fleet" },
    });
    expect(member.body.token).toMatch(/^ghp_\w+$/);
    const collaborator = await admin("POST", "users", {
      login: "taro",
      association: "COLLABORATOR",
      token: "ghp_collaborator_taro",
    });
    expect(collaborator.body.token).toBe("ghp_collaborator_taro");
    const outsider = await admin("POST", "users", { login: "stranger", association: "NONE" });
    const issue = await call("POST", `${api}/issues`, { title: "Sapporo: new clinic" }, outsider.body.token);
    expect(issue).toMatchObject({ status: 201, body: { user: { login: "stranger" }, author_association: "NONE" } });
    const path = `${api}/issues/${issue.body.number}/comments`;
    for (const [user, association] of [
      [member.body.token, "MEMBER"],
      ["ghp_collaborator_taro", "COLLABORATOR"],
    ]) {
      const comment = await call("POST", path, { body: "Looking." }, user);
      expect(comment).toMatchObject({ status: 201, body: { author_association: association } });
    }
    // Posting the same login again changes its association; its old token still works.
    await admin("POST", "users", { login: "stranger", association: "CONTRIBUTOR", token: "ghp_stranger_again" });
    const again = await call("POST", path, { body: "Me again." }, outsider.body.token);
    expect(again.body).toMatchObject({ user: { login: "stranger" }, author_association: "CONTRIBUTOR" });
  });

  it("refuses a user without a login or with an association GitHub does not have, saying what it expects", async () => {
    const wrong = await admin("POST", "users", { login: "x", association: "ADMIN" });
    expect(wrong.status).toBe(400);
    expect(wrong.body.message).toMatch(/association/);
    expect((await admin("POST", "users", { association: "MEMBER" })).status).toBe(400);
    expect((await admin("POST", "users", { login: "bad login", association: "MEMBER" })).status).toBe(400);
  });

  it("creates a comment whose answer is lost: the client gets a 500, and a re-read shows the comment once", async () => {
    const issue = await call("POST", `${api}/issues`, { title: "Kobe: ORCA down" });
    const path = `${api}/issues/${issue.body.number}/comments`;
    const route = "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";
    expect((await admin("POST", "lost-answers", { route })).status).toBe(204);
    // Another route's answer is not lost.
    expect((await call("GET", path)).status).toBe(200);
    const lost = await call("POST", path, { body: "Restarted." });
    expect(lost).toMatchObject({ status: 500, body: { message: "Server Error" } });
    const reread = await call("GET", path);
    expect(reread.body.map((c: { body: string }) => c.body)).toEqual(["Restarted."]);
    expect((await call("POST", path, { body: "Still up." })).status).toBe(201);
  });

  it("loses the next answers of any route when no route is named, and refuses a plan it cannot follow", async () => {
    github.loseNextAnswers({ count: 2, status: 502 });
    expect((await call("POST", `${api}/issues`, { title: "one" })).status).toBe(502);
    expect((await call("GET", `${api}/issues?state=all`)).status).toBe(502);
    const issues = await call("GET", `${api}/issues?state=all`);
    expect(issues.body.map((i: { title: string }) => i.title)).toContain("one");
    expect((await admin("POST", "lost-answers", { count: 0 })).status).toBe(400);
    expect((await admin("POST", "lost-answers", { route: "/repos/x" })).status).toBe(400);
    expect((await admin("POST", "lost-answers", { status: 404 })).status).toBe(400);
  });
});
