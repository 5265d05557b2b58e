import { X509Certificate } from "node:crypto";
import { cp, mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GetParameterCommand, GetParametersCommand, SSMClient } from "@aws-sdk/client-ssm";
import { beforeAll, describe, expect, it } from "vitest";
import { certsCommand } from "../../actions/cli/certs.js";
import type { Command } from "../../actions/cli/command.js";
import { cli } from "../../actions/cli/main.js";
import { testCredentials, testRegion } from "../contract/moto/clients.js";
import { localAwsForFile } from "../contract/support.js";

const examples = join(import.meta.dirname, "../../clinics");
const local = localAwsForFile(
  (url) => new SSMClient({ endpoint: url, region: testRegion, credentials: testCredentials }),
);
const domain = "orca.fleet.internal";
const prefix = "/orca-fleet/secrets";
const day = 86_400_000;

/** Runs `orca-fleet certs` in-process against the local SSM, at a chosen time. */
async function certs(at: Date, ...args: string[]) {
  const command: Command = certsCommand(
    () => new SSMClient({ endpoint: local.server.url, region: testRegion, credentials: testCredentials }),
    () => at,
  );
  const out: string[] = [];
  const err: string[] = [];
  const code = await command.run(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

async function value(name: string): Promise<string | undefined> {
  const answer = await local.client.send(new GetParametersCommand({ Names: [name], WithDecryption: true }));
  return answer.Parameters?.[0]?.Value;
}

let clinics: string;
let caDir: string;
const now = new Date();

beforeAll(async () => {
  const work = await mkdtemp(join(tmpdir(), "orca-certs-"));
  clinics = join(work, "clinics");
  await cp(examples, clinics, { recursive: true });
  caDir = join(work, "ca");
});

describe("orca-fleet certs against the local SSM", () => {
  it("issues the CA into a folder and says where, without printing its key", async () => {
    const issued = await certs(now, "issue-ca", "--out", caDir, "--clinics", clinics);
    expect(issued.code).toBe(0);
    const key = await readFile(join(caDir, "ca.key"), "utf8");
    expect(issued.out).toContain(caDir);
    expect(issued.out).not.toContain(key.split("\n")[1]);
    expect((await certs(now, "issue-ca", "--out", caDir, "--clinics", clinics)).code).not.toBe(0);
  });

  it("reports and refuses without the CA, and a dry run writes nothing", async () => {
    const refused = await certs(now, "sync", "--clinics", clinics);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("--ca DIR");
    const dry = await certs(now, "sync", "--ca", caDir, "--dry-run", "--clinics", clinics, "--format", "json");
    expect(dry.code).toBe(0);
    const plan = JSON.parse(dry.out) as { actions: { clinicId: string; reason: string }[]; applied: boolean };
    expect(plan.applied).toBe(false);
    expect(plan.actions.every((a) => a.reason === "missing")).toBe(true);
    expect(plan.actions.some((a) => a.clinicId === "shinjuku-naika")).toBe(true);
    await expect(local.client.send(new GetParameterCommand({ Name: `${prefix}/tls/ca.crt` }))).rejects.toThrow();
  });

  it("issues every active clinic's certificates as SecureString, under the names the server fetches", async () => {
    const synced = await certs(now, "sync", "--ca", caDir, "--clinics", clinics);
    expect(synced.code).toBe(0);
    const ca = new X509Certificate(await readFile(join(caDir, "ca.crt"), "utf8"));
    expect(new X509Certificate((await value(`${prefix}/tls/ca.crt`)) ?? "").fingerprint256).toBe(ca.fingerprint256);
    const serverPem = await value(`${prefix}/shinjuku-naika/tls/server.crt`);
    const server = new X509Certificate(serverPem ?? "");
    expect(server.verify(ca.publicKey)).toBe(true);
    expect(server.subjectAltName).toBe(`DNS:shinjuku-naika.${domain}`);
    const clientCert = new X509Certificate((await value(`${prefix}/shinjuku-naika/tls/client.crt`)) ?? "");
    expect(clientCert.keyUsage).toEqual(["1.3.6.1.5.5.7.3.2"]);
    const stored = await local.client.send(
      new GetParameterCommand({ Name: `${prefix}/shinjuku-naika/tls/server.pem` }),
    );
    expect(stored.Parameter?.Type).toBe("SecureString");
    const key = (await value(`${prefix}/shinjuku-naika/tls/server.pem`)) ?? "";
    expect(key).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(synced.out).not.toContain(key.split("\n")[1]);
    // cloud-init's fetch-secrets.sh reads exactly these names: keep the two in step.
    const script = await readFile(join(import.meta.dirname, "../../cloud-init/scripts/fetch-secrets.sh"), "utf8");
    const clinicFolder = "$" + "{CLINIC_ID}/tls/";
    for (const name of [`${clinicFolder}server.crt`, `${clinicFolder}server.pem`, "/tls/ca.crt"]) {
      expect(script).toContain(name);
    }
  });

  it("changes nothing on a second run, and rotates only what comes within the threshold", async () => {
    const again = await certs(now, "sync", "--ca", caDir, "--clinics", clinics, "--format", "json");
    expect(JSON.parse(again.out)).toMatchObject({ actions: [], caParameter: "same", applied: false });
    const later = new Date(now.getTime() + 340 * day);
    const rotated = await certs(later, "sync", "--ca", caDir, "--clinics", clinics, "--renew-before", "30");
    expect(rotated.code).toBe(0);
    expect(rotated.out).toMatch(/shinjuku-naika .*: 更新（期限間近/);
    const server = new X509Certificate((await value(`${prefix}/shinjuku-naika/tls/server.crt`)) ?? "");
    expect(new Date(server.validTo).getTime()).toBeGreaterThan(later.getTime() + 364 * day);
  });

  it("rotates every leaf onto a new CA", async () => {
    const newCa = join(caDir, "..", "ca-2");
    expect((await certs(now, "issue-ca", "--out", newCa, "--clinics", clinics)).code).toBe(0);
    const moved = await certs(now, "sync", "--ca", newCa, "--clinics", clinics, "--format", "json");
    const plan = JSON.parse(moved.out) as { caParameter: string; actions: { reason: string }[] };
    expect(plan.caParameter).toBe("different");
    expect(plan.actions.length).toBeGreaterThan(0);
    expect(plan.actions.every((a) => a.reason === "otherCa")).toBe(true);
  });

  it("answers bad input with a usage error that names it, in JSON when asked", async () => {
    const io = { out: [] as string[], err: [] as string[] };
    const code = await cli(["certs", "sync", "--renew-before", "soon", "--clinics", clinics, "--format", "json"], {
      out: (t) => io.out.push(t),
      err: (t) => io.err.push(t),
    });
    expect(code).toBe(2);
    expect(JSON.parse(io.err.join(""))).toEqual({
      error: "usage",
      command: "certs",
      message: '--renew-before must be a whole number of days, not "soon"',
    });
    const noCa = await certs(now, "sync", "--ca", join(caDir, "absent"), "--clinics", clinics);
    expect(noCa).toMatchObject({ code: 1, err: expect.stringContaining("ca.crt cannot be read") });
    expect(await certs(now, "rotate", "--clinics", clinics).catch((e: Error) => e.message)).toMatch(/certs issue-ca/);
  });
});
