import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type OrcaServerHandle, startOrcaServer } from "../../../localcloud/orca/server.js";
import { defaultOrcaState, type OrcaState } from "../../../localcloud/orca/state.js";

const id = "i-0123456789abcdef0";
let state: OrcaState = defaultOrcaState();
let orca: OrcaServerHandle;
const now = new Date("2026-11-25T03:00:00Z");

beforeAll(async () => {
  orca = await startOrcaServer({ lookup: (i) => (i === id ? state : undefined), now: () => now });
});
afterAll(() => orca.close());

const jsonAnswer = z.object({
  private_objects: z.object({
    Api_Result: z.string(),
    Information_Time: z.string(),
    Jma_Receipt_Version: z.string(),
    Database_Information: z.object({ Local_Version: z.string(), New_Version: z.string() }),
    Master_Update_Information: z.object({ Master_Version_Information: z.array(z.object({ Name: z.string() })) }),
  }),
});

function post(body: string, query = ""): Promise<Response> {
  return fetch(`${orca.baseUrl(id)}/api/api01rv2/systeminfv2${query}`, { method: "POST", body });
}

describe("the simulated WebORCA", () => {
  it("answers JSON with ?format=json, in Japan time, with the structure and master versions", async () => {
    state = { ...defaultOrcaState(), version: "5.2.1", build: 2 };
    const body = JSON.stringify({ private_objects: { Request_Date: "2026-11-25", Request_Time: "12:00:00" } });
    const answer = jsonAnswer.parse(await (await post(body, "?format=json")).json()).private_objects;
    expect(answer).toMatchObject({ Api_Result: "0000", Information_Time: "12:00:00", Jma_Receipt_Version: "050201-2" });
    expect(answer.Database_Information).toEqual({ Local_Version: "050201-2", New_Version: "050201-2" });
    expect(answer.Master_Update_Information.Master_Version_Information.length).toBeGreaterThan(0);
  });

  it("answers 0001 without a date, 0098 for an unreadable payload, 0006 when 30 minutes apart", async () => {
    state = defaultOrcaState();
    expect(await (await post("<data><private_objects></private_objects></data>")).text()).toContain(
      '<Api_Result type="string">0001<',
    );
    expect(await (await post("not xml")).text()).toContain(">0098<");
    const late =
      "<data><private_objects><Request_Date>2026-11-25</Request_Date><Request_Time>11:29:59</Request_Time></private_objects></data>";
    expect(await (await post(late)).text()).toContain(">0006<");
    const inTime = late.replace("11:29:59", "11:30:01");
    expect(await (await post(inTime)).text()).toContain(">0000<");
  });

  it("refuses other methods and paths, and closes the connection for an instance without ORCA", async () => {
    expect((await fetch(`${orca.baseUrl(id)}/api/api01rv2/systeminfv2`)).status).toBe(405);
    expect((await fetch(`${orca.url}/api/other`, { method: "POST" })).status).toBe(404);
    await expect(
      fetch(`${orca.baseUrl("i-00000000000000001")}/api/api01rv2/systeminfv2`, { method: "POST" }),
    ).rejects.toThrow();
  });
});
