import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const packerDir = join(import.meta.dirname, "../../../packer");
const scriptsDir = join(packerDir, "scripts");
const template = readFileSync(join(packerDir, "golden-ami.pkr.hcl"), "utf8");
const scripts = readdirSync(scriptsDir)
  .filter((name) => name.endsWith(".sh"))
  .sort();

// Blocks newer than Debian's packer 1.6.6, left out of the copy it validates; each is checked for itself below.
const metadataOptions = /\n {2}metadata_options \{\n[^}]*\n {2}\}\n/;

const work = mkdtempSync(join(tmpdir(), "packer-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The folder as packer 1.6.6 can read it: without plugins.pkr.hcl (required_plugins) and metadata_options. */
function copyFor166(): string {
  const dir = mkdtempSync(join(work, "validate-"));
  cpSync(packerDir, dir, { recursive: true, filter: (path) => !path.endsWith("plugins.pkr.hcl") });
  writeFileSync(join(dir, "golden-ami.pkr.hcl"), template.replace(metadataOptions, "\n"));
  return dir;
}

function packer(args: string[]): { status: number | null; output: string } {
  const result = spawnSync("packer", args, { encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1" } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("packer/", () => {
  it("is formatted (packer fmt -check)", () => {
    expect(packer(["fmt", "-check", "-diff", packerDir])).toEqual({ status: 0, output: "" });
  });

  it("validates with Debian's packer 1.6.6", () => {
    expect(packer(["validate", copyFor166()])).toEqual({ status: 0, output: "" });
  });

  it("refuses a region outside Japan", () => {
    const result = packer(["validate", "-var", "region=us-east-1", copyFor166()]);
    expect(result.status).toBe(1);
    expect(result.output).toContain("The region must be ap-northeast-1 (Tokyo) or ap-northeast-3 (Osaka).");
  });

  it("requires IMDSv2 on the build instance", () => {
    expect(template).toMatch(metadataOptions);
    expect(template.match(metadataOptions)?.[0]).toMatch(/http_tokens\s+= "required"/);
  });

  it("starts from Canonical's Ubuntu 22.04 and makes an encrypted gp3 image with a manifest", () => {
    expect(template).toContain('owners      = ["099720109477"]');
    expect(template).toContain('"ubuntu/images/hvm-ssd*/ubuntu-jammy-22.04-amd64-server-*"');
    expect(template).toMatch(/volume_type\s+= "gp3"/);
    expect(template).toMatch(/encrypted\s+= true/);
    // The launch volume is encrypted with the volumes key; encrypt_boot would copy the image and need the bake role
    // to deregister and delete what it copied from.
    expect(template).toMatch(/\n {4}kms_key_id\s+= var\.kms_key_id\n/);
    expect(template).not.toContain("encrypt_boot");
    expect(template).toContain('post-processor "manifest"');
  });

  it("builds in the given private subnet and group, through Session Manager, with no public address", () => {
    const source = template.slice(template.indexOf('source "amazon-ebs"'), template.indexOf("source_ami_filter"));
    expect(source).toMatch(/\n {2}subnet_id\s+= var\.subnet_id\n/);
    expect(source).toMatch(/\n {2}security_group_id\s+= var\.security_group_id\n/);
    expect(source).toMatch(/\n {2}associate_public_ip_address\s+= false\n/);
    expect(source).toMatch(/\n {2}iam_instance_profile\s+= var\.iam_instance_profile\n/);
    expect(source).toMatch(/\n {2}ssh_interface\s+= "session_manager"\n/);
    expect(source).not.toMatch(/temporary_security_group|ssh_keypair_name|temporary_iam_instance_profile/);
  });

  it("pins the amazon plugin in its own file", () => {
    expect(readFileSync(join(packerDir, "plugins.pkr.hcl"), "utf8")).toMatch(
      /required_plugins \{\s+amazon = \{\s+source\s+= "github.com\/hashicorp\/amazon"/,
    );
    expect(template).not.toContain("required_plugins");
  });
});

describe("packer/scripts", () => {
  it("holds the provisioner scripts the template runs", () => {
    const referenced = [...template.matchAll(/\$\{path\.root\}\/scripts\/([\w.-]+)/g)].map((match) => match[1]);
    expect(referenced).toEqual(scripts);
  });

  it.each(scripts)("%s stops on the first error", (name) => {
    expect(readFileSync(join(scriptsDir, name), "utf8")).toMatch(
      /^#!\/usr\/bin\/env bash\n(?:#.*\n)*set -euo pipefail\n/,
    );
  });

  it("pass shellcheck, and so does the tests' stand-in packer", () => {
    const standIn = join(import.meta.dirname, "../../fixtures/packer/bin/packer");
    // Throws with shellcheck's report on any finding.
    execFileSync("shellcheck", [...scripts.map((name) => join(scriptsDir, name)), standIn], { encoding: "utf8" });
  });
});
