import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { renderUserData, userDataLimitBytes } from "../../../actions/lib/core/cloud-init/render.js";
import { exampleRegistry } from "./examples.js";

const amiId = "ami-0123456789abcdef0";
const { fleet, clinics } = exampleRegistry();
const dir = mkdtempSync(join(tmpdir(), "user-data-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rendered = clinics.map((clinic) => {
  const text = renderUserData({ clinic, fleet, amiId });
  const file = join(dir, `${clinic.id}.yaml`);
  writeFileSync(file, text);
  return { clinic, text, file };
});

const writeFilesSchema = z.looseObject({
  write_files: z.array(z.looseObject({ path: z.string(), content: z.string() })),
});

describe("renderUserData over every example clinic", () => {
  it("has examples to render", () => {
    expect(rendered.length).toBeGreaterThanOrEqual(10);
  });

  it.each(rendered)("$clinic.id passes cloud-init's own schema check", ({ file }) => {
    const result = spawnSync("cloud-init", ["schema", "--config-file", file], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("Valid cloud-config");
    expect(result.status).toBe(0);
  });

  it.each(rendered)("$clinic.id stays under EC2's 16 KB user-data limit", ({ text }) => {
    expect(Buffer.byteLength(text, "utf8")).toBeLessThan(userDataLimitBytes);
  });

  it.each(rendered)("$clinic.id names its host in the fleet's private zone", ({ clinic, text }) => {
    const config = z.looseObject({ hostname: z.string(), fqdn: z.string() }).parse(parse(text));
    expect(config).toMatchObject({ hostname: clinic.id, fqdn: `${clinic.id}.${fleet.dns.domain}` });
  });

  it("every embedded shell script passes shellcheck", () => {
    const { clinic, text } = rendered[0]!;
    const scripts = writeFilesSchema
      .parse(parse(text))
      .write_files.filter((file) => file.content.startsWith("#!/usr/bin/env bash"));
    expect(scripts.map((file) => file.path)).toContain("/usr/local/sbin/orca-fleet-backup");
    const paths = scripts.map((file) => {
      const path = join(dir, clinic.id, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.content);
      return path;
    });
    // Throws with shellcheck's report on any finding.
    execFileSync("shellcheck", ["--shell=bash", ...paths], { encoding: "utf8" });
  });
});

describe("the clinic's settings file", () => {
  it("reads back byte for byte in bash, whatever the characters", () => {
    const domain = `odd'zone; touch /tmp/pwned $(id) "x"`;
    const text = renderUserData({ clinic: clinics[0]!, fleet: { ...fleet, dns: { ...fleet.dns, domain } }, amiId });
    const env = writeFilesSchema
      .parse(parse(text))
      .write_files.find((file) => file.path === "/etc/orca-fleet/clinic.env");
    const envFile = join(dir, "clinic.env");
    writeFileSync(envFile, env?.content ?? "");
    const fqdn = execFileSync("bash", ["-c", `. "$1"; printf %s "$CLINIC_FQDN"`, "bash", envFile], {
      encoding: "utf8",
    });
    expect(fqdn).toBe(`${clinics[0]!.id}.${domain}`);
  });
});

describe("renderUserData refuses", () => {
  it("an AMI id that is not one", () => {
    expect(() => renderUserData({ clinic: clinics[0]!, fleet, amiId: "ami-XYZ" })).toThrow(/not an AMI id/);
  });

  it("user data over EC2's limit, naming the size", () => {
    const domain = `${"a".repeat(60)}.`.repeat(300);
    expect(() =>
      renderUserData({ clinic: clinics[0]!, fleet: { ...fleet, dns: { ...fleet.dns, domain } }, amiId }),
    ).toThrow(/bytes; EC2 accepts at most 16384/);
  });

  it("anything that looks like a secret", () => {
    const bucket = "AKIAABCDEFGHIJKLMNOP";
    expect(() =>
      renderUserData({ clinic: clinics[0]!, fleet: { ...fleet, backup: { ...fleet.backup, bucket } }, amiId }),
    ).toThrow(/AWS access key id on line \d+\); secrets belong in SSM/);
  });
});
