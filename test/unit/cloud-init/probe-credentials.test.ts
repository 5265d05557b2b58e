import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { clinicFqdn, renderUserData } from "../../../actions/lib/core/cloud-init/render.js";
import { parseResultLine } from "../../../actions/lib/core/result-line.js";
import {
  apiOperatorNames,
  caCertName,
  clinicCertificateNames,
} from "../../../actions/lib/flows/certificates/parameter-names.js";
import { toolkitDocuments } from "../../../ssm-documents/src/documents.js";
import { type OrcaServerHandle, startOrcaServer } from "../../localcloud/orca/server.js";
import { defaultOrcaState } from "../../localcloud/orca/state.js";
import { runDocument } from "../ssm-documents/run-document.js";
import { exampleRegistry } from "./examples.js";

/**
 * What cloud-init writes for the healthcheck is what the healthcheck reads. The credentials script, its settings
 * and the clinic's settings are taken from rendered user data, moved under a scratch root (the only change: every
 * /etc/orca-fleet path gains the root in front), and run against a stand-in AWS CLI that answers the parameters
 * certificates/parameter-names.ts names. Then the real orca-healthcheck, given its document's default paths under
 * the same root, probes a WebORCA that demands a client certificate from the fleet's CA and the API operator.
 */
const { fleet, clinics } = exampleRegistry();
const clinic = clinics[0];
if (clinic === undefined) throw new Error("no example clinic");
const prefix = fleet.secrets.parameterPrefix.replace(/\/$/, "");
const fqdn = clinicFqdn(clinic, fleet);
const instanceId = "i-0123456789abcdef0";
const operator = { login: "probe", password: "S3cure-probe-pass" };

const dir = mkdtempSync(join(tmpdir(), "orca-fleet-probe-credentials-"));
const root = join(dir, "root");
const bin = join(dir, "bin");
const parameters = join(dir, "parameters");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files = z
  .looseObject({ write_files: z.array(z.looseObject({ path: z.string(), content: z.string() })) })
  .parse(parse(renderUserData({ clinic, fleet, amiId: "ami-0123456789abcdef0" }))).write_files;

function written(path: string): string {
  const file = files.find((f) => f.path === path);
  if (file === undefined) throw new Error(`user data writes no ${path}`);
  return file.content.replaceAll("/etc/orca-fleet", `${root}/etc/orca-fleet`);
}

/** The document's default for a parameter, under the scratch root. */
function documentDefault(name: string): string {
  const value = toolkitDocuments.find((d) => d.name === "orca-healthcheck")?.parameters[name]?.default;
  if (value === undefined) throw new Error(`orca-healthcheck has no default ${name}`);
  return `${root}${value}`;
}

function openssl(script: string): void {
  execFileSync("/bin/bash", ["-c", `set -e; cd '${dir}'; ${script}`], { stdio: "ignore" });
}

/** A client certificate the fleet's CA signed, as `certs sync` stores it. */
function issueClient(name: string): { cert: string; key: string } {
  const ec = "-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes";
  openssl(`openssl req ${ec} -keyout ${name}.key -out ${name}.csr -subj /CN=healthcheck.${fqdn}
    openssl x509 -req -in ${name}.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out ${name}.crt -days 2`);
  return { cert: readFileSync(join(dir, `${name}.crt`), "utf8"), key: readFileSync(join(dir, `${name}.key`), "utf8") };
}

function storeParameter(name: string, value: string): void {
  writeFileSync(join(parameters, encodeURIComponent(name)), value.trimEnd());
}

function runCredentials(): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync("bash", [join(root, "usr/local/sbin/orca-fleet-probe-credentials")], {
    encoding: "utf8",
    env: { PATH: `${bin}:${process.env.PATH ?? "/usr/bin:/bin"}`, LANG: "C.UTF-8" },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

let orca: OrcaServerHandle;

beforeAll(async () => {
  mkdirSync(join(root, "etc/orca-fleet"), { recursive: true });
  mkdirSync(join(root, "usr/local/sbin"), { recursive: true });
  mkdirSync(bin);
  mkdirSync(parameters);
  for (const path of ["/etc/orca-fleet/clinic.env", "/etc/orca-fleet/probe-credentials.env"]) {
    writeFileSync(join(root, path), written(path));
  }
  writeFileSync(
    join(root, "usr/local/sbin/orca-fleet-probe-credentials"),
    written("/usr/local/sbin/orca-fleet-probe-credentials"),
  );
  // The AWS CLI's get-parameter, as the script calls it: the value, or ParameterNotFound.
  writeFileSync(
    join(bin, "aws"),
    `#!/bin/bash
[[ "$1 $2" == "ssm get-parameter" ]] || exit 2
while (($#)); do [[ $1 == --name ]] && name=$2; shift; done
file='${parameters}'/$(jq -rn --arg n "$name" '$n|@uri')
[[ -f $file ]] || { echo "An error occurred (ParameterNotFound) when calling the GetParameter operation" >&2; exit 254; }
cat "$file"; echo
`,
  );
  chmodSync(join(bin, "aws"), 0o755);
  // The fleet's CA, ORCA's server certificate for the clinic's name (not localhost), and the probe's client.
  const ec = "-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes";
  openssl(`openssl req -x509 ${ec} -keyout ca.key -out ca.crt -subj /CN=orca-fleet-test-ca -days 2
    openssl req ${ec} -keyout server.key -out server.csr -subj /CN=${fqdn}
    printf 'subjectAltName=DNS:${fqdn}' > san.ext
    openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out server.crt -days 2 -extfile san.ext`);
  const read = (file: string) => readFileSync(join(dir, file), "utf8");
  const client = issueClient("client");
  const names = clinicCertificateNames(prefix, clinic.id);
  const apiNames = apiOperatorNames(prefix, clinic.id);
  storeParameter(names.clientCert, client.cert);
  storeParameter(names.clientKey, client.key);
  storeParameter(caCertName(prefix), read("ca.crt"));
  storeParameter(apiNames.login, operator.login);
  storeParameter(apiNames.password, operator.password);
  orca = await startOrcaServer({
    lookup: (id) => (id === instanceId ? defaultOrcaState() : undefined),
    now: () => new Date(),
    tls: { key: read("server.key"), cert: read("server.crt"), ca: read("ca.crt") },
    operator,
  });
});
afterAll(() => orca.close());

async function healthcheck(netrcFile = documentDefault("netrcFile")) {
  const params = {
    orcaUrl: [orca.baseUrl(instanceId)],
    probeTimeoutSeconds: ["5"],
    tlsDir: [documentDefault("tlsDir")],
    netrcFile: [netrcFile],
  };
  const run = await runDocument("orca-healthcheck", instanceId, params);
  const parsed = parseResultLine(run.stdout);
  if (!parsed.ok) throw new Error(`${parsed.error}\n${run.stdout}`);
  return parsed.result;
}

describe("the probe's credentials, from cloud-init to the healthcheck", () => {
  it("writes the client certificate, key, CA, server name and API netrc root-only and read-only", () => {
    const run = runCredentials();
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`probe credentials: 5 file(s) changed for ${clinic.id}`);
    const tlsDir = documentDefault("tlsDir");
    expect(statSync(tlsDir).mode & 0o777).toBe(0o700);
    for (const name of ["client.crt", "client.key", "ca.crt", "server-name"]) {
      expect(statSync(join(tlsDir, name)).mode & 0o777, name).toBe(0o400);
    }
    expect(statSync(documentDefault("netrcFile")).mode & 0o777).toBe(0o400);
    expect(readFileSync(join(tlsDir, "server-name"), "utf8")).toBe(`${fqdn}\n`);
    expect(readFileSync(documentDefault("netrcFile"), "utf8")).toBe(
      `default login ${operator.login} password ${operator.password}\n`,
    );
  });

  it("lets the healthcheck through ORCA's client verification and Basic auth, checking the clinic's name", async () => {
    expect(orca.url.startsWith("https://localhost:")).toBe(true);
    expect(await healthcheck()).toMatchObject({ status: "healthy", httpStatus: 200, ok: true });
  });

  it("is what the healthcheck needs: without the netrc ORCA refuses the probe", async () => {
    expect(await healthcheck(join(root, "nowhere.netrc"))).toMatchObject({ status: "http-error", httpStatus: 401 });
  });

  it("changes nothing when run again, and rotates a changed client certificate", async () => {
    const certFile = join(documentDefault("tlsDir"), "client.crt");
    const before = statSync(certFile);
    const again = runCredentials();
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("0 file(s) changed");
    expect(statSync(certFile).ino).toBe(before.ino);

    const rotated = issueClient("rotated");
    const names = clinicCertificateNames(prefix, clinic.id);
    storeParameter(names.clientCert, rotated.cert);
    storeParameter(names.clientKey, rotated.key);
    const rotation = runCredentials();
    expect(rotation.status).toBe(0);
    expect(rotation.stdout).toContain("2 file(s) changed");
    expect(readFileSync(certFile, "utf8")).toBe(rotated.cert);
    expect(statSync(certFile).mode & 0o777).toBe(0o400);
    expect(await healthcheck()).toMatchObject({ status: "healthy" });
  });

  it("stops with an error and keeps what it wrote when a parameter is missing", () => {
    rmSync(join(parameters, encodeURIComponent(apiOperatorNames(prefix, clinic.id).password)));
    const netrc = readFileSync(documentDefault("netrcFile"), "utf8");
    const run = runCredentials();
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("ParameterNotFound");
    expect(readFileSync(documentDefault("netrcFile"), "utf8")).toBe(netrc);
  });
});
