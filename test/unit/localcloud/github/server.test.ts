import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type GithubServerHandle, startGithubServer } from "../../../localcloud/github/server.js";

/** The HTTP behaviour around the routes: tokens, rate-limit headers, injected failures, records, paging. */
describe("the local GitHub server", () => {
  let github: GithubServerHandle;
  let api: string;

  const call = async (method: string, path: string, body?: unknown, token: string | null = github.token) => {
    const response = await fetch(`${github.url}${path}`, {
      method,
      headers: token === null ? {} : { authorization: `token ${token}` },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text === "" ? undefined : JSON.parse(text) };
  };

  beforeEach(async () => {
    github = await startGithubServer({ owner: "clinic-ops", repo: "fleet" });
    github.seedRepository({ owner: "clinic-ops", repo: "fleet", files: { "clinics/a.yml": "id: a\n" } });
    api = "/repos/clinic-ops/fleet";
  });

  afterEach(async () => {
    await github.close();
  });

  it("refuses requests without a known token with GitHub's 401 body, and takes token or Bearer", async () => {
    expect(await call("GET", api, undefined, null)).toMatchObject({
      status: 401,
      body: { message: "Bad credentials", documentation_url: expect.any(String), status: "401" },
    });
    expect((await call("GET", api, undefined, "ghs_wrong")).status).toBe(401);
    const bearer = await fetch(`${github.url}${api}`, { headers: { authorization: `Bearer ${github.token}` } });
    expect(bearer.status).toBe(200);
  });

  it("sends rate-limit headers that count down", async () => {
    const first = await call("GET", api);
    const second = await call("GET", api);
    expect(first.headers.get("x-ratelimit-limit")).toBe("5000");
    expect(Number(second.headers.get("x-ratelimit-remaining"))).toBe(
      Number(first.headers.get("x-ratelimit-remaining")) - 1,
    );
    expect(Number(first.headers.get("x-ratelimit-reset"))).toBeGreaterThan(Date.now() / 1000);
    expect(second.headers.get("x-ratelimit-used")).toBe("2");
  });

  it("answers planned secondary rate limits and server errors, then recovers", async () => {
    github.failNext({ status: 403, retryAfter: 7 });
    github.failNext({ status: 429 });
    github.failNext({ status: 502, count: 2 });
    const limited = await call("GET", api);
    expect(limited.status).toBe(403);
    expect(limited.headers.get("retry-after")).toBe("7");
    expect(limited.body.message).toMatch(/secondary rate limit/);
    const tooMany = await call("GET", api);
    expect([tooMany.status, tooMany.headers.get("retry-after")]).toEqual([429, "1"]);
    expect((await call("GET", api)).status).toBe(502);
    expect((await call("GET", api)).status).toBe(502);
    expect((await call("GET", api)).status).toBe(200);
  });

  it("answers a permission 403 (no retry-after, rate limit left) on one route only, through its admin route", async () => {
    const planned = await fetch(`${github.url}/_localcloud/fail`, {
      method: "POST",
      body: JSON.stringify({ status: 403, reason: "permission", route: "POST /repos/{owner}/{repo}/issues" }),
    });
    expect(planned.status).toBe(204);
    expect((await call("GET", api)).status).toBe(200);
    const refused = await call("POST", `${api}/issues`, { title: "x" });
    expect(refused).toMatchObject({ status: 403, body: { message: "Resource not accessible by integration" } });
    expect(refused.headers.get("retry-after")).toBeNull();
    expect(Number(refused.headers.get("x-ratelimit-remaining"))).toBeGreaterThan(0);
    expect((await call("POST", `${api}/issues`, { title: "x" })).status).toBe(201);
  });

  it("takes failure plans and gives counts through its admin routes", async () => {
    const planned = await fetch(`${github.url}/_localcloud/fail`, {
      method: "POST",
      body: JSON.stringify({ status: 500 }),
    });
    expect(planned.status).toBe(204);
    expect((await call("GET", api)).status).toBe(500);
    const counts = await (await fetch(`${github.url}/_localcloud/requests`)).json();
    expect(counts).toEqual({ "GET /repos/{owner}/{repo}": 1 });
  });

  it("zeroes the counts on DELETE /_localcloud/requests, and drops planned failures too on POST /_localcloud/reset", async () => {
    await call("GET", api);
    expect((await fetch(`${github.url}/_localcloud/requests`, { method: "DELETE" })).status).toBe(204);
    expect(await (await fetch(`${github.url}/_localcloud/requests`)).json()).toEqual({});
    expect((await call("GET", api)).headers.get("x-ratelimit-used")).toBe("1");
    github.failNext({ status: 503, count: 3 });
    expect((await fetch(`${github.url}/_localcloud/reset`, { method: "POST" })).status).toBe(204);
    expect(github.requests).toEqual([]);
    expect((await call("GET", api)).status).toBe(200);
  });

  it("records every request with its route and status", async () => {
    await call("POST", `${api}/issues`, { title: "one" });
    await call("GET", `${api}/issues/9`);
    expect(github.requests).toEqual([
      { method: "POST", path: `${api}/issues`, status: 201, route: "POST /repos/{owner}/{repo}/issues" },
      { method: "GET", path: `${api}/issues/9`, status: 404, route: "GET /repos/{owner}/{repo}/issues/{issue_number}" },
    ]);
    expect(github.counts()).toEqual({
      "POST /repos/{owner}/{repo}/issues": 1,
      "GET /repos/{owner}/{repo}/issues/{issue_number}": 1,
    });
  });

  it("answers 404 Not Found for unknown repositories and routes, and 400 for broken JSON", async () => {
    expect(await call("GET", "/repos/someone/else")).toMatchObject({ status: 404, body: { message: "Not Found" } });
    expect((await call("GET", `${api}/actions/runs`)).status).toBe(404);
    const broken = await fetch(`${github.url}${api}/issues`, {
      method: "POST",
      headers: { authorization: `token ${github.token}` },
      body: "{",
    });
    expect(broken.status).toBe(400);
  });

  it("pages lists with per_page and page, linking next, last, prev and first", async () => {
    for (let i = 1; i <= 5; i++) await call("POST", `${api}/issues`, { title: `issue ${i}` });
    const first = await call("GET", `${api}/issues?per_page=2`);
    expect(first.body.map((i: { number: number }) => i.number)).toEqual([5, 4]);
    const link = first.headers.get("link") ?? "";
    expect(link).toContain('page=2>; rel="next"');
    expect(link).toContain('page=3>; rel="last"');
    const last = await call("GET", `${api}/issues?per_page=2&page=3`);
    expect(last.body.map((i: { number: number }) => i.number)).toEqual([1]);
    expect(last.headers.get("link")).toMatch(/rel="prev".*rel="first"/);
    expect((await call("GET", `${api}/issues?per_page=0`)).status).toBe(422);
  });

  it("filters issues by labels (all of them), state and creator", async () => {
    github.addToken("ghp_person", "yamada");
    await call("POST", `${api}/issues`, { title: "bot, incident", labels: ["incident", "sapporo-kita"] });
    await call("POST", `${api}/issues`, { title: "person, request", labels: ["clinic-request"] }, "ghp_person");
    const closed = await call("POST", `${api}/issues`, { title: "closed incident", labels: ["incident"] });
    await call("PATCH", `${api}/issues/${closed.body.number}`, { state: "closed" });
    const titles = async (query: string) =>
      (await call("GET", `${api}/issues?${query}`)).body.map((i: { title: string }) => i.title);
    expect(await titles("labels=incident")).toEqual(["bot, incident"]);
    expect(await titles("labels=incident,sapporo-kita&state=all")).toEqual(["bot, incident"]);
    expect(await titles("labels=incident&state=closed")).toEqual(["closed incident"]);
    expect(await titles("creator=yamada")).toEqual(["person, request"]);
    const byPerson = await call("GET", `${api}/issues?creator=yamada`);
    expect(byPerson.body[0]).toMatchObject({ user: { login: "yamada", type: "User" }, author_association: "NONE" });
  });

  it("answers 422 Validation Failed naming the field", async () => {
    expect(await call("POST", `${api}/issues`, { body: "no title" })).toMatchObject({
      status: 422,
      body: { message: "Validation Failed", errors: [{ resource: "Issue", field: "title", code: "missing_field" }] },
    });
  });
});
