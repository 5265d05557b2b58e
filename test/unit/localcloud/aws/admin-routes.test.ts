import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AwsServerHandle, startAwsServer } from "../../../localcloud/aws/server.js";

describe("the local AWS's admin interface", () => {
  let aws: AwsServerHandle;
  beforeAll(async () => {
    aws = await startAwsServer();
  });
  afterAll(() => aws.close());

  it("lists its routes, the services' included, at /_localcloud/ and /_localcloud", async () => {
    for (const path of ["/_localcloud/", "/_localcloud"]) {
      const response = await fetch(`${aws.url}${path}`);
      expect(response.status).toBe(200);
      const { routes } = (await response.json()) as { routes: { method: string; path: string; does: string }[] };
      const named = routes.map((r) => `${r.method} ${r.path}`);
      expect(named).toEqual(
        expect.arrayContaining([
          "GET /_localcloud/counts",
          "POST /_localcloud/failures",
          "POST /_localcloud/lost-answers",
          "PUT /_localcloud/ec2/boot-delay",
          "PUT /_localcloud/ssm/instances/{id}/orca",
        ]),
      );
      for (const route of routes) expect(route.does).toMatch(/\w/);
    }
  });

  it("answers a route it does not have with a 404 that points at the list", async () => {
    const response = await fetch(`${aws.url}/_localcloud/nothing`, { method: "POST" });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "No admin route POST nothing; GET /_localcloud/ lists them" });
  });
});
