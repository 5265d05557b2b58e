import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GithubServerHandle, startGithubServer } from "../../../localcloud/github/server.js";
import { callGithub } from "./call.js";

/** GitHub keeps at most 65,536 characters in an issue's, a pull request's or a comment's body, and says so with 422. */
describe("the local GitHub's body limit", () => {
  let github: GithubServerHandle;
  const api = "/repos/clinic-ops/fleet";
  const call = (method: string, path: string, body?: unknown) =>
    callGithub(github.url, method, path, body, github.token);

  beforeAll(async () => {
    github = await startGithubServer({ owner: "clinic-ops", repo: "fleet" });
    github.seedRepository({ owner: "clinic-ops", repo: "fleet", files: { "README.md": "# fleet\n" } });
  });
  afterAll(() => github.close());

  it("keeps bodies of 65,536 characters and refuses longer ones with GitHub's 422, counting characters not code units", async () => {
    const tooLong = {
      message: "Validation Failed",
      errors: [{ field: "body", code: "custom", message: "body is too long (maximum is 65536 characters)" }],
    };
    const issue = await call("POST", `${api}/issues`, { title: "full", body: "x".repeat(65_536) });
    expect(issue.status).toBe(201);
    const number = issue.body.number;
    const refused = await call("POST", `${api}/issues`, { title: "over", body: "x".repeat(65_537) });
    expect(refused).toMatchObject({ status: 422, body: tooLong });
    expect(refused.body.errors[0].resource).toBe("Issue");
    expect((await call("PATCH", `${api}/issues/${number}`, { body: "x".repeat(65_537) })).status).toBe(422);
    // 65,536 emoji are 131,072 UTF-16 code units but 65,536 characters.
    expect((await call("PATCH", `${api}/issues/${number}`, { body: "🏥".repeat(65_536) })).status).toBe(200);

    const comments = `${api}/issues/${number}/comments`;
    const comment = await call("POST", comments, { body: "ok" });
    const longComment = await call("POST", comments, { body: "あ".repeat(65_537) });
    expect(longComment).toMatchObject({ status: 422, body: { errors: [{ resource: "IssueComment" }] } });
    const editComment = await call("PATCH", `${api}/issues/comments/${comment.body.id}`, { body: "y".repeat(70_000) });
    expect(editComment.status).toBe(422);
    expect((await call("GET", comments)).body.map((c: { body: string }) => c.body)).toEqual(["ok"]);
  });

  it("refuses pull request bodies over the limit on create and on update", async () => {
    const head = await call("GET", `${api}/git/ref/heads/main`);
    await call("POST", `${api}/git/refs`, { ref: "refs/heads/add-clinic", sha: head.body.object.sha });
    await call("PUT", `${api}/contents/clinics/kobe.yml`, {
      message: "Add Kobe",
      content: Buffer.from("id: kobe\n").toString("base64"),
      branch: "add-clinic",
    });
    const pull = { title: "Add Kobe", head: "add-clinic", base: "main" };
    const refused = await call("POST", `${api}/pulls`, { ...pull, body: "z".repeat(65_537) });
    expect(refused).toMatchObject({ status: 422, body: { errors: [{ resource: "PullRequest", field: "body" }] } });
    const opened = await call("POST", `${api}/pulls`, { ...pull, body: "z".repeat(65_536) });
    expect(opened.status).toBe(201);
    expect((await call("PATCH", `${api}/pulls/${opened.body.number}`, { body: "z".repeat(65_537) })).status).toBe(422);
  });
});
