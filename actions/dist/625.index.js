export const id = 625;
export const ids = [625];
export const modules = {

/***/ 60625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cli: () => (/* binding */ cli)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-cjs/index.js
var dist_cjs = __webpack_require__(34736);
// EXTERNAL MODULE: ./actions/lib/adapters/aws/clients.ts
var aws_clients = __webpack_require__(21981);
;// CONCATENATED MODULE: ./actions/lib/adapters/aws/secure-parameters.ts

/** GetParameters takes at most 10 names a call. */
const namesPerCall = 10;
function createSecureParameters(ssm, keyId) {
    return {
        async read(names) {
            const found = new Map();
            const unique = [...new Set(names)];
            for (let i = 0; i < unique.length; i += namesPerCall) {
                const answer = await ssm.send(new dist_cjs/* GetParametersCommand */.AFe({ Names: unique.slice(i, i + namesPerCall), WithDecryption: true }));
                for (const p of answer.Parameters ?? []) {
                    if (p.Name !== undefined && p.Value !== undefined)
                        found.set(p.Name, p.Value);
                }
            }
            return found;
        },
        async write(name, value, description) {
            await ssm.send(new dist_cjs/* PutParameterCommand */.ihh({
                Name: name,
                Value: value,
                Type: "SecureString",
                Overwrite: true,
                Description: description,
                ...(keyId === undefined ? {} : { KeyId: keyId }),
            }));
        },
    };
}

;// CONCATENATED MODULE: ./actions/lib/core/ca-parameter.ts
/**
 * Where the fleet's CA can live instead of the operator's folder: two SecureString parameters under a path of its
 * own, encrypted with a KMS key whose key policy lets only the operator role use it (infra/ca-key.ts). No workflow
 * or instance policy reaches this path (test/unit/iam/ca-key.test.ts).
 */
const caParameter = {
    path: "/orca-fleet/ca",
    privateKey: "/orca-fleet/ca/private-key",
    certificate: "/orca-fleet/ca/certificate",
    keyAlias: "alias/orca-fleet/ca",
    operatorRole: "orca-fleet-operator",
};

// EXTERNAL MODULE: ./actions/lib/core/i18n/message.ts
var message = __webpack_require__(32586);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/reflect-metadata/Reflect.js
var Reflect = __webpack_require__(80477);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@peculiar/x509/build/x509.cjs.js
var x509_cjs = __webpack_require__(8927);
;// CONCATENATED MODULE: ./actions/lib/flows/certificates/issue.ts
// @peculiar/x509 resolves its ASN.1 parsers through tsyringe, which needs the Reflect metadata API loaded first.



// Node's own Web Crypto: no key material passes through anything but node:crypto.
x509_cjs/* cryptoProvider */.Ve.set(external_node_crypto_.webcrypto);
/** ECDSA P-256 with SHA-256: accepted by OpenSSL (ORCA's glserver), short keys, fast to issue for a whole fleet. */
const keyAlgorithm = { name: "ECDSA", namedCurve: "P-256" };
const signingAlgorithm = { name: "ECDSA", hash: "SHA-256" };
/** Valid from a little before now (clocks differ) for the given number of days. */
function validityFrom(now, days) {
    const notBefore = new Date(now.getTime() - 5 * 60_000);
    return { notBefore, notAfter: new Date(now.getTime() + days * 86_400_000) };
}
/** A positive serial of 16 random bytes, as RFC 5280 asks (unique per CA, at most 20 octets). */
function serialNumber() {
    const bytes = external_node_crypto_.webcrypto.getRandomValues(new Uint8Array(16));
    bytes[0] = (bytes[0] ?? 0) & 0x7f;
    return Buffer.from(bytes).toString("hex");
}
async function newKeys() {
    return (await external_node_crypto_.webcrypto.subtle.generateKey(keyAlgorithm, true, ["sign", "verify"]));
}
async function privateKeyPem(key) {
    return x509_cjs/* PemConverter */.v6.encode(await external_node_crypto_.webcrypto.subtle.exportKey("pkcs8", key), "PRIVATE KEY");
}
/** Escapes a value for an X.500 name string (RFC 4514), so a name cannot add attributes. */
function commonName(value) {
    return `CN=${value.replace(/([,+"\\<>;=])/g, "\\$1")}`;
}
/** The fleet's CA: self-signed, a CA for leaves only (path length 0), signing certificates and CRLs only. */
async function issueCa(name, validity) {
    const keys = await newKeys();
    const cert = await x509_cjs/* X509CertificateGenerator */.Jy.createSelfSigned({
        serialNumber: serialNumber(),
        name: commonName(name),
        ...validity,
        signingAlgorithm,
        keys,
        extensions: [
            new x509_cjs/* BasicConstraintsExtension */.WA(true, 0, true),
            new x509_cjs/* KeyUsagesExtension */.hy(x509_cjs/* KeyUsageFlags */.Ob.keyCertSign | x509_cjs/* KeyUsageFlags */.Ob.cRLSign, true),
            await x509_cjs/* SubjectKeyIdentifierExtension */.QE.create(keys.publicKey),
        ],
    });
    return { certPem: cert.toString("pem"), keyPem: await privateKeyPem(keys.privateKey) };
}
class CaFileError extends Error {
    name = "CaFileError";
}
/** Reads the CA's PEM pair; says which part is wrong, never what the key holds. */
async function loadCa(certPem, keyPem) {
    let cert;
    try {
        cert = new x509_cjs/* X509Certificate */.yI(certPem);
    }
    catch {
        throw new CaFileError("ca.crt is not a PEM certificate");
    }
    const basic = cert.getExtension(x509_cjs/* BasicConstraintsExtension */.WA);
    if (!basic?.ca)
        throw new CaFileError("ca.crt is not a CA certificate (basicConstraints CA:TRUE is missing)");
    let key;
    try {
        const [der] = x509_cjs/* PemConverter */.v6.decode(keyPem);
        if (der === undefined)
            throw new Error("no PEM block");
        key = await external_node_crypto_.webcrypto.subtle.importKey("pkcs8", der, keyAlgorithm, false, ["sign"]);
    }
    catch {
        throw new CaFileError("ca.key is not a PKCS#8 PEM ECDSA P-256 private key");
    }
    if (!(await keyMatches(cert, key)))
        throw new CaFileError("ca.key is not the key of ca.crt");
    return { cert, key };
}
/** Signs a probe with the key and verifies it with the certificate's public key. */
async function keyMatches(cert, key) {
    const probe = new TextEncoder().encode("orca-fleet ca key check");
    const signature = await external_node_crypto_.webcrypto.subtle.sign(signingAlgorithm, key, probe);
    const publicKey = await cert.publicKey.export(keyAlgorithm, ["verify"], external_node_crypto_.webcrypto);
    return external_node_crypto_.webcrypto.subtle.verify(signingAlgorithm, publicKey, signature, probe);
}
/**
 * A clinic's leaf: the server certificate (serverAuth, CN and SAN the clinic's DNS name, which ORCA's SERVER_CRT
 * needs) or the client certificate the healthcheck presents (clientAuth); the subject is the CN and the SAN.
 */
async function issueLeaf(ca, kind, subject, validity) {
    const keys = await newKeys();
    const usage = kind === "server" ? x509_cjs/* ExtendedKeyUsage */.CD.serverAuth : x509_cjs/* ExtendedKeyUsage */.CD.clientAuth;
    const cert = await x509_cjs/* X509CertificateGenerator */.Jy.create({
        serialNumber: serialNumber(),
        subject: commonName(subject),
        issuer: ca.cert.subject,
        ...validity,
        signingAlgorithm,
        publicKey: keys.publicKey,
        signingKey: ca.key,
        extensions: [
            new x509_cjs/* BasicConstraintsExtension */.WA(false, undefined, true),
            new x509_cjs/* KeyUsagesExtension */.hy(x509_cjs/* KeyUsageFlags */.Ob.digitalSignature, true),
            new x509_cjs/* ExtendedKeyUsageExtension */.j6([usage], false),
            new x509_cjs/* SubjectAlternativeNameExtension */.Wx([{ type: "dns", value: subject }], false),
            await x509_cjs/* SubjectKeyIdentifierExtension */.QE.create(keys.publicKey),
            await x509_cjs/* AuthorityKeyIdentifierExtension */.Z$.create(ca.cert),
        ],
    });
    return { certPem: cert.toString("pem"), keyPem: await privateKeyPem(keys.privateKey) };
}

;// CONCATENATED MODULE: ./actions/lib/flows/certificates/ca-files.ts



/** The operator's CA folder: the certificate, and the key that never leaves this machine. */
const caFiles = { cert: "ca.crt", key: "ca.key" };
/**
 * Writes a new CA into the folder; refuses to replace one already there, since every clinic's certificates hang
 * on it. The key is readable by its owner alone.
 */
async function writeCaFiles(dir, pair) {
    await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o700 });
    try {
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, caFiles.key), pair.keyPem, { flag: "wx", mode: 0o600 });
    }
    catch (error) {
        if (error instanceof Error && "code" in error && error.code === "EEXIST") {
            throw new CaFileError(`${(0,external_node_path_.join)(dir, caFiles.key)} exists: a CA is already there; choose another --out`);
        }
        throw error;
    }
    await (0,promises_.chmod)((0,external_node_path_.join)(dir, caFiles.key), 0o600);
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, caFiles.cert), pair.certPem, { flag: "wx" });
}
async function readCaFiles(dir) {
    const read = (name) => (0,promises_.readFile)((0,external_node_path_.join)(dir, name), "utf8").catch(() => {
        throw new CaFileError(`${(0,external_node_path_.join)(dir, name)} cannot be read; pass the folder orca-fleet certs issue-ca wrote`);
    });
    const [certPem, keyPem] = await Promise.all([read(caFiles.cert), read(caFiles.key)]);
    return { ...(await loadCa(certPem, keyPem)), certPem };
}

;// CONCATENATED MODULE: ./actions/lib/flows/certificates/ca-parameters.ts


/**
 * The fleet's CA in its protected parameters (core/ca-parameter.ts), the alternative to the operator's folder:
 * written once (an existing CA is never replaced, as in a folder) and read back to sign. The key's value is never
 * printed; the parameters are encrypted with the CA's own KMS key (the SecureParameters' key id).
 */
async function writeCaParameters(parameters, pair) {
    const found = await parameters.read([caParameter.privateKey, caParameter.certificate]);
    if (found.size > 0)
        throw new CaFileError(`${caParameter.path}/ already holds a CA; every clinic's certificates hang on it`);
    await parameters.write(caParameter.privateKey, pair.keyPem, "orca-fleet: the fleet CA's private key");
    await parameters.write(caParameter.certificate, pair.certPem, "orca-fleet: the fleet CA's certificate");
}
async function readCaParameters(parameters) {
    const found = await parameters.read([caParameter.privateKey, caParameter.certificate]);
    const keyPem = found.get(caParameter.privateKey);
    const certPem = found.get(caParameter.certificate);
    if (keyPem === undefined || certPem === undefined)
        throw new CaFileError(`${caParameter.path}/ holds no CA; make one with orca-fleet certs issue-ca --to-parameter`);
    return { ...(await loadCa(certPem, keyPem)), certPem };
}

;// CONCATENATED MODULE: ./actions/lib/flows/certificates/messages.ts
/** Every fixed text `orca-fleet certs` shows, in each locale; `{name}` is a value filled in when shown. */
const certificateMessages = {
    issue: { en: "{clinic} {kind}: issue ({reason})", ja: "{clinic} {kind}: 発行（{reason}）" },
    rotate: {
        en: "{clinic} {kind}: rotate ({reason}, valid until {notAfter})",
        ja: "{clinic} {kind}: 更新（{reason}、有効期限 {notAfter}）",
    },
    caPublish: {
        en: "fleet CA certificate {name}: publish ({state})",
        ja: "フリートの CA 証明書 {name}: 登録（{state}）",
    },
    summary: {
        en: "{actions} certificate(s) to issue or rotate, {kept} valid beyond the {days}-day threshold.",
        ja: "発行・更新する証明書 {actions} 件、{days} 日以上有効な証明書 {kept} 件。",
    },
    applied: {
        en: "Written to Parameter Store as SecureString.",
        ja: "Parameter Store に SecureString として書き込みました。",
    },
    dryRun: { en: "Dry run: nothing was written.", ja: "ドライラン: 何も書き込んでいません。" },
    needCa: {
        en: "Certificates need issuing, which takes the fleet's CA: pass --ca DIR (the folder `orca-fleet certs issue-ca` wrote).",
        ja: "証明書の発行にはフリートの CA が必要です: --ca DIR（`orca-fleet certs issue-ca` の出力先）を指定してください。",
    },
    caInParameters: {
        en: "The fleet's CA is in Parameter Store under {path}/ (private-key and certificate, SecureString); nothing secret was printed. `orca-fleet certs sync --ca-parameter`, as the operator role, issues the clinics' certificates.",
        ja: "フリートの CA を Parameter Store の {path}/ に保存しました（private-key と certificate、SecureString）。秘密は表示していません。運用者ロールで `orca-fleet certs sync --ca-parameter` を実行すると各医療機関の証明書を発行します。",
    },
    caWritten: {
        en: "The fleet's CA is in {dir} (ca.crt, and ca.key readable by you alone). Keep ca.key off shared disks; `orca-fleet certs sync --ca {dir}` publishes ca.crt and issues the clinics' certificates.",
        ja: "フリートの CA を {dir} に作成しました（ca.crt と、本人だけが読める ca.key）。ca.key は共有ディスクに置かないでください。`orca-fleet certs sync --ca {dir}` で ca.crt を登録し、各医療機関の証明書を発行します。",
    },
    missing: { en: "missing", ja: "なし" },
    unreadable: { en: "not a certificate", ja: "証明書として読めない" },
    expired: { en: "expired", ja: "期限切れ" },
    expiring: { en: "expiring", ja: "期限間近" },
    wrongName: { en: "wrong name", ja: "名前が違う" },
    otherCa: { en: "issued by another CA", ja: "別の CA が発行" },
    keyMismatch: { en: "key does not match", ja: "鍵が一致しない" },
    different: { en: "another CA's", ja: "別の CA" },
    server: { en: "server certificate", ja: "サーバー証明書" },
    client: { en: "client certificate", ja: "クライアント証明書" },
};

;// CONCATENATED MODULE: ./actions/lib/flows/certificates/parameter-names.ts
function caCertName(prefix) {
    return `${prefix}/tls/ca.crt`;
}
function clinicCertificateNames(prefix, clinicId) {
    const folder = `${prefix}/${clinicId}/tls`;
    return {
        // ORCA's SERVER_CRT and SERVER_PEM (DOMAIN.md): the server's certificate and its private key.
        serverCert: `${folder}/server.crt`,
        serverKey: `${folder}/server.pem`,
        // The healthcheck's probe presents this one to ORCA's client verification.
        clientCert: `${folder}/client.crt`,
        clientKey: `${folder}/client.pem`,
    };
}
/**
 * The ORCA API operator the healthcheck signs in as (HTTP Basic): its login and password, which the clinic's server
 * writes into a root-only netrc at boot (cloud-init/scripts/probe-credentials.sh). Set by a person with
 * `aws ssm put-parameter --type SecureString`; the toolkit never prints them.
 */
function apiOperatorNames(prefix, clinicId) {
    const folder = `${prefix}/${clinicId}/api-operator`;
    return { login: `${folder}/login`, password: `${folder}/password` };
}
/** The name ORCA answers to, and that its server certificate's CN and SAN carry. */
function clinicDnsName(clinicId, domain) {
    return `${clinicId}.${domain}`;
}

;// CONCATENATED MODULE: ./actions/lib/flows/certificates/render.ts



/** One line per certificate to issue or rotate, then the CA's line when it needs publishing; never a key. */
function renderReview(review, secretsPrefix, locale) {
    const lines = [];
    if (review.caParameter === "missing" || review.caParameter === "different") {
        const state = certificateMessages[review.caParameter][locale];
        lines.push((0,message/* formatText */.vX)(certificateMessages.caPublish, locale, { name: caCertName(secretsPrefix), state }));
    }
    for (const action of review.plan.actions)
        lines.push(renderAction(action, locale));
    return lines;
}
function renderAction(action, locale) {
    const values = { clinic: action.clinicId, kind: certificateMessages[action.kind][locale], reason: certificateMessages[action.reason][locale] };
    return action.action === "issue"
        ? (0,message/* formatText */.vX)(certificateMessages.issue, locale, values)
        : (0,message/* formatText */.vX)(certificateMessages.rotate, locale, { ...values, notAfter: action.notAfter.toISOString().slice(0, 10) });
}
/** The machine-readable review: the same facts, dates as ISO strings. */
function reviewJson(review) {
    return {
        caParameter: review.caParameter ?? null,
        actions: review.plan.actions.map((a) => ({
            clinicId: a.clinicId,
            kind: a.kind,
            action: a.action,
            reason: a.reason,
            ...(a.action === "rotate" ? { notAfter: a.notAfter.toISOString() } : {}),
        })),
        kept: review.plan.kept.map((k) => ({ clinicId: k.clinicId, kind: k.kind, notAfter: k.notAfter.toISOString() })),
    };
}

;// CONCATENATED MODULE: ./actions/lib/flows/certificates/inspect.ts


/** Reads one stored certificate into what the planner needs; the key is only compared, never kept or shown. */
function observeCertificate(pem, keyPem, expectedName, ca) {
    if (pem === undefined)
        return { state: "missing" };
    let cert;
    try {
        cert = new external_node_crypto_.X509Certificate(pem);
    }
    catch {
        return { state: "unreadable" };
    }
    return {
        state: "present",
        notAfter: new Date(cert.validTo),
        matchesName: cert.checkHost(expectedName, { subject: "never" }) === expectedName,
        issuedByCa: ca === undefined ? undefined : cert.checkIssued(ca) && cert.verify(ca.publicKey),
        keyMatches: keyPem !== undefined && keyIsCertificates(cert, keyPem),
    };
}
function keyIsCertificates(cert, keyPem) {
    try {
        const fromKey = (0,external_node_crypto_.createPublicKey)((0,external_node_crypto_.createPrivateKey)(keyPem)).export({ type: "spki", format: "der" });
        return fromKey.equals(cert.publicKey.export({ type: "spki", format: "der" }));
    }
    catch {
        return false;
    }
}
/** The names a clinic's certificates carry: the server's DNS name, and the healthcheck probe's name below it. */
function expectedNames(clinicId, domain) {
    const dnsName = clinicDnsName(clinicId, domain);
    return { server: dnsName, client: `healthcheck.${dnsName}` };
}
function observeClinic(clinicId, domain, names, stored, ca) {
    const expected = expectedNames(clinicId, domain);
    return {
        clinicId,
        server: observeCertificate(stored.get(names.serverCert), stored.get(names.serverKey), expected.server, ca),
        client: observeCertificate(stored.get(names.clientCert), stored.get(names.clientKey), expected.client, ca),
    };
}

;// CONCATENATED MODULE: ./actions/lib/flows/certificates/plan.ts
const dayMs = 86_400_000;
/**
 * Which certificates to issue or rotate. Pure: the same observations and clock give the same plan, and a plan
 * applied and observed again is empty (every new certificate is valid for longer than the threshold).
 */
function planCertificates(input) {
    if (!Number.isFinite(input.renewBeforeDays) || input.renewBeforeDays < 0) {
        throw new RangeError(`renewBeforeDays must be a number of days, 0 or more, not ${input.renewBeforeDays}`);
    }
    const actions = [];
    const kept = [];
    const renewAt = input.now.getTime() + input.renewBeforeDays * dayMs;
    for (const clinic of input.clinics) {
        for (const kind of ["server", "client"]) {
            const observed = clinic[kind];
            const { clinicId } = clinic;
            if (observed.state !== "present") {
                actions.push({ clinicId, kind, action: "issue", reason: observed.state });
                continue;
            }
            const { notAfter } = observed;
            const reason = notAfter.getTime() <= input.now.getTime()
                ? "expired"
                : notAfter.getTime() <= renewAt
                    ? "expiring"
                    : !observed.matchesName
                        ? "wrongName"
                        : observed.issuedByCa === false
                            ? "otherCa"
                            : !observed.keyMatches
                                ? "keyMismatch"
                                : undefined;
            if (reason === undefined)
                kept.push({ clinicId, kind, notAfter });
            else
                actions.push({ clinicId, kind, action: "rotate", reason, notAfter });
        }
    }
    return { actions, kept };
}

;// CONCATENATED MODULE: ./actions/lib/flows/certificates/sync.ts





/**
 * Reads what Parameter Store holds for the fleet's CA and each active clinic, and plans. The CA that leaves are
 * checked against is the operator's when given (so a new CA rotates every leaf), the stored one otherwise.
 */
async function reviewCertificates(parameters, settings, clinicIds, now, ca) {
    const caName = caCertName(settings.secretsPrefix);
    const perClinic = clinicIds.map((id) => [id, clinicCertificateNames(settings.secretsPrefix, id)]);
    const stored = await parameters.read([caName, ...perClinic.flatMap(([, names]) => Object.values(names))]);
    const storedCaPem = stored.get(caName);
    const storedCa = storedCaPem === undefined ? undefined : parseCertificate(storedCaPem);
    const localCa = ca === undefined ? undefined : new external_node_crypto_.X509Certificate(ca.certPem);
    const checkWith = localCa ?? storedCa;
    const caParameter = storedCaPem === undefined
        ? "missing"
        : localCa === undefined
            ? undefined
            : storedCa?.fingerprint256 === localCa.fingerprint256
                ? "same"
                : "different";
    const clinics = perClinic.map(([id, names]) => observeClinic(id, settings.domain, names, stored, checkWith));
    return {
        plan: planCertificates({ clinics, now, renewBeforeDays: settings.renewBeforeDays }),
        caParameter,
    };
}
function parseCertificate(pem) {
    try {
        return new external_node_crypto_.X509Certificate(pem);
    }
    catch {
        return undefined;
    }
}
function reviewNeedsWork(review) {
    return review.plan.actions.length > 0 || (review.caParameter !== undefined && review.caParameter !== "same");
}
/**
 * Applies a review: the CA's certificate first (servers trust what they fetch at boot), then each leaf, its key
 * before its certificate. A run stopped between the two leaves a key that does not match, which the next review
 * sees and rotates: re-running finishes the job.
 */
async function applyReview(parameters, settings, review, ca, now) {
    if (review.caParameter !== "same") {
        await parameters.write(caCertName(settings.secretsPrefix), ca.certPem, "orca-fleet: the fleet's CA certificate");
    }
    const validity = validityFrom(now, settings.validityDays);
    for (const action of review.plan.actions) {
        const names = clinicCertificateNames(settings.secretsPrefix, action.clinicId);
        const subject = expectedNames(action.clinicId, settings.domain)[action.kind];
        const pair = await issueLeaf(ca, action.kind, subject, validity);
        const [keyName, certName] = action.kind === "server" ? [names.serverKey, names.serverCert] : [names.clientKey, names.clientCert];
        await parameters.write(keyName, pair.keyPem, `orca-fleet: ${action.clinicId}'s ${action.kind} key`);
        await parameters.write(certName, pair.certPem, `orca-fleet: ${action.clinicId}'s ${action.kind} certificate`);
    }
}

// EXTERNAL MODULE: ./actions/lib/core/registry/load.ts
var load = __webpack_require__(47380);
// EXTERNAL MODULE: ./actions/lib/core/registry/problem.ts
var registry_problem = __webpack_require__(29969);
;// CONCATENATED MODULE: ./actions/cli/fleet-registry.ts


/** Loads the registry folder; a fleet.yml that does not validate is an error that shows validate's problems. */
async function loadUsableRegistry(dir) {
    const result = await (0,load/* loadRegistry */.A)(dir);
    if (result.fleet === undefined) {
        const problems = result.problems.map((p) => (0,registry_problem/* formatProblem */.V)(p, result.locale)).join("\n");
        throw new Error(`${dir}: fleet.yml does not validate; run orca-fleet validate ${dir}\n${problems}`);
    }
    return { fleet: result.fleet, clinics: result.clinics.map((c) => c.clinic), locale: result.fleet.locale };
}
function activeClinicIds(registry) {
    return registry.clinics.filter((c) => c.status === "active").map((c) => c.id);
}

;// CONCATENATED MODULE: ./actions/cli/io.ts
function processIo(env = process.env) {
    return {
        out: (text) => process.stdout.write(`${text}\n`),
        err: (text) => process.stderr.write(`${text}\n`),
        actions: env.GITHUB_ACTIONS === "true" ? { workspace: env.GITHUB_WORKSPACE ?? process.cwd() } : undefined,
    };
}
/** Exit codes: 0 all good, 1 the command found problems, 2 the command line was wrong. */
const exitCodes = { ok: 0, problems: 1, usage: 2 };
/** A command line the CLI cannot act on; reported with the command's usage and exit code 2. */
class UsageError extends Error {
    name = "UsageError";
}

;// CONCATENATED MODULE: ./actions/cli/output-format.ts

const outputFormats = ["text", "json"];
/** `--format text|json`, checked: a usage error names the two values. */
function outputFormatOf(value) {
    const found = outputFormats.find((f) => f === (value ?? "text"));
    if (found === undefined)
        throw new UsageError(`--format must be text or json, not "${value}"`);
    return found;
}
/**
 * The format asked for anywhere on a command line, read before the command parses it, so that even a usage error
 * comes back as JSON to a machine that asked for JSON.
 */
function requestedFormat(argv) {
    for (const [i, arg] of argv.entries()) {
        const value = arg === "--format" ? argv[i + 1] : arg.startsWith("--format=") ? arg.slice(9) : undefined;
        if (value === "json")
            return "json";
    }
    return "text";
}

;// CONCATENATED MODULE: ./actions/cli/certs.ts















const fromEnvironment = (region) => new dist_cjs/* SSMClient */.jBj((0,aws_clients/* awsClientConfig */.r)({ region }));
/** Defaults: a clinic certificate lasts a year and is rotated a month before it ends; the CA lasts ten years. */
const certificateDefaults = { validityDays: 365, renewBeforeDays: 30, caDays: 3650 };
function days(value, option, fallback) {
    if (value === undefined)
        return fallback;
    if (!/^[1-9][0-9]{0,4}$/.test(value))
        throw new UsageError(`${option} must be a whole number of days, not "${value}"`);
    return Number(value);
}
function certsCommand(connect = fromEnvironment, now = () => new Date()) {
    return {
        name: "certs",
        summary: "issue the fleet's CA, and issue or rotate each clinic's TLS certificates in Parameter Store",
        help: `Usage: orca-fleet certs (issue-ca (--out DIR | --to-parameter) | sync [--ca DIR | --ca-parameter] [--dry-run]) [options]

issue-ca  Makes the fleet's CA (ECDSA P-256) in DIR: ca.crt, and ca.key readable by you alone. The key never
          leaves that folder; keep it off shared disks. An existing CA in DIR is never replaced.
sync      For every active clinic, issues what is missing and rotates what expires within --renew-before days,
          is not for the clinic's name, was issued by another CA or lost its key: the server certificate
          (CN and SAN <clinic id>.<dns.domain>, ORCA's SERVER_CRT/SERVER_PEM) and the healthcheck's client
          certificate, as SecureString parameters under <secrets.parameterPrefix>/<clinic id>/tls/, and the CA
          certificate as <secrets.parameterPrefix>/tls/ca.crt. Keys are never printed.

  --out DIR             issue-ca: the folder to create the CA in
  --to-parameter        issue-ca: keep the CA in Parameter Store instead, as SecureStrings under ${caParameter.path}/
                        encrypted with --ca-key-id (the stack's CaKeyArn: only its operator role may use it)
  --ca-parameter        sync: sign with the CA kept in ${caParameter.path}/ (run as the operator role)
  --ca-key-id KEY       the CA's KMS key for --to-parameter (the stack's CaKeyArn)
  --name NAME           issue-ca: the CA's common name (default: orca-fleet CA <dns.domain>)
  --ca DIR              sync: the CA folder; without it sync can only report
  --dry-run             sync: report what would be issued or rotated, write nothing
  --key-id KEY          sync: the KMS key for the parameters (the stack's SecretsKeyArn output)
  --renew-before DAYS   sync: rotate when fewer days are left (default ${certificateDefaults.renewBeforeDays})
  --days DAYS           validity of what is issued (default ${certificateDefaults.validityDays}; issue-ca ${certificateDefaults.caDays})
  --clinics DIR         the registry folder (default clinics)
  --format text|json    text for people (default), json for machines
  -h, --help            show this help

Exit codes: 0 done or nothing to do, 1 work left undone (sync without --ca) or AWS failed, 2 usage error.`,
        async run(args, io) {
            const { values, positionals } = (0,external_node_util_.parseArgs)({ args, options, allowPositionals: true, strict: true });
            const outputFormat = outputFormatOf(values.format);
            const [sub, ...rest] = positionals;
            if (rest.length > 0 || (sub !== "issue-ca" && sub !== "sync")) {
                throw new UsageError(`expected "certs issue-ca" or "certs sync", got "certs ${positionals.join(" ")}"`);
            }
            const registry = await loadUsableRegistry(values.clinics).catch((error) => {
                throw new UsageError(error.message);
            });
            const run = { values, registry, outputFormat, io, connect, now };
            try {
                return await (sub === "issue-ca" ? issueCaInFolder(run) : sync(run));
            }
            catch (error) {
                // A CA folder that cannot be used is the operator's to fix, not a bug: say which file and why.
                if (!(error instanceof CaFileError))
                    throw error;
                io.err(`orca-fleet certs: ${error.message}`);
                return exitCodes.problems;
            }
        },
    };
}
const options = {
    out: { type: "string" },
    "to-parameter": { type: "boolean", default: false },
    "ca-parameter": { type: "boolean", default: false },
    "ca-key-id": { type: "string" },
    name: { type: "string" },
    ca: { type: "string" },
    "dry-run": { type: "boolean", default: false },
    "key-id": { type: "string" },
    "renew-before": { type: "string" },
    days: { type: "string" },
    clinics: { type: "string", default: "clinics" },
    format: { type: "string" },
};
async function issueCaInFolder({ values, registry, outputFormat, io, now, connect }) {
    const toParameter = values["to-parameter"];
    if ((values.out === undefined) === !toParameter)
        throw new UsageError("issue-ca needs --out DIR (a folder for ca.crt and ca.key) or --to-parameter, one of them");
    const caDays = days(values.days, "--days", certificateDefaults.caDays);
    const name = values.name ?? `orca-fleet CA ${registry.fleet.dns.domain}`;
    const pair = await issueCa(name, validityFrom(now(), caDays));
    if (values.out === undefined) {
        const ssm = connect(registry.fleet.region);
        try {
            await writeCaParameters(createSecureParameters(ssm, values["ca-key-id"]), pair);
        }
        finally {
            ssm.destroy();
        }
        if (outputFormat === "json")
            io.out(JSON.stringify({ ca: { parameters: caParameter.path } }));
        else
            io.out((0,message/* formatText */.vX)(certificateMessages.caInParameters, registry.locale, { path: caParameter.path }));
        return exitCodes.ok;
    }
    await writeCaFiles(values.out, pair);
    if (outputFormat === "json")
        io.out(JSON.stringify({ ca: { dir: values.out, cert: "ca.crt", key: "ca.key" } }));
    else
        io.out((0,message/* formatText */.vX)(certificateMessages.caWritten, registry.locale, { dir: values.out }));
    return exitCodes.ok;
}
async function sync({ values, registry, outputFormat, io, connect, now }) {
    const { fleet, locale } = registry;
    const settings = {
        domain: fleet.dns.domain,
        secretsPrefix: fleet.secrets.parameterPrefix,
        renewBeforeDays: days(values["renew-before"], "--renew-before", certificateDefaults.renewBeforeDays),
        validityDays: days(values.days, "--days", certificateDefaults.validityDays),
    };
    if (settings.validityDays <= settings.renewBeforeDays) {
        throw new UsageError("--days must be more than --renew-before, or every certificate would be due at once");
    }
    const dryRun = values["dry-run"];
    if (values.ca !== undefined && values["ca-parameter"])
        throw new UsageError("give --ca DIR or --ca-parameter, not both");
    const ssm = connect(fleet.region);
    try {
        const ca = values["ca-parameter"]
            ? await readCaParameters(createSecureParameters(ssm))
            : values.ca === undefined
                ? undefined
                : await readCaFiles(values.ca);
        const parameters = createSecureParameters(ssm, values["key-id"]);
        const review = await reviewCertificates(parameters, settings, activeClinicIds(registry), now(), ca);
        const work = reviewNeedsWork(review);
        const apply = work && !dryRun && ca !== undefined;
        if (apply)
            await applyReview(parameters, settings, review, ca, now());
        const refused = work && !dryRun && ca === undefined;
        if (outputFormat === "json") {
            io.out(JSON.stringify({ ...reviewJson(review), applied: apply, dryRun }, null, 2));
        }
        else {
            for (const line of renderReview(review, settings.secretsPrefix, locale))
                io.out(line);
            const counts = { actions: review.plan.actions.length, kept: review.plan.kept.length };
            io.out((0,message/* formatText */.vX)(certificateMessages.summary, locale, { ...counts, days: settings.renewBeforeDays }));
            if (apply)
                io.out(certificateMessages.applied[locale]);
            else if (dryRun && work)
                io.out(certificateMessages.dryRun[locale]);
        }
        if (refused)
            io.err(certificateMessages.needCa[locale]);
        return refused ? exitCodes.problems : exitCodes.ok;
    }
    finally {
        ssm.destroy();
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var client_cloudformation_dist_cjs = __webpack_require__(3805);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var client_ec2_dist_cjs = __webpack_require__(35193);
;// CONCATENATED MODULE: ./actions/lib/adapters/aws/deployment-reads.ts

/** AWS's error names for "no such parameter, version or label" and "no such document". */
const absent = new Set([
    "ParameterNotFound",
    "ParameterVersionNotFound",
    "ParameterVersionLabelNotFound",
    "InvalidDocument",
]);
async function unlessAbsent(read) {
    try {
        return await read();
    }
    catch (error) {
        if (error instanceof Error && absent.has(error.name))
            return undefined;
        throw error;
    }
}
function createDeploymentReads(ssm) {
    return {
        async labelledValue(name, label) {
            const answer = await unlessAbsent(() => ssm.send(new dist_cjs/* GetParameterCommand */.lhy({ Name: `${name}:${label}` })));
            return answer?.Parameter?.Value;
        },
        async documentDefault(name) {
            const answer = await unlessAbsent(() => ssm.send(new dist_cjs/* DescribeDocumentCommand */.QO({ Name: name })));
            const doc = answer?.Document;
            if (doc?.DefaultVersion === undefined || doc.Hash === undefined)
                return undefined;
            return { version: doc.DefaultVersion, hash: doc.Hash };
        },
    };
}

// EXTERNAL MODULE: ./actions/lib/adapters/aws/ec2-inventory.ts
var ec2_inventory = __webpack_require__(4086);
;// CONCATENATED MODULE: ./actions/lib/adapters/aws/parameter-type.ts

/** A parameter's type (String, StringList, SecureString), read without decrypting; undefined when it is absent. */
async function parameterType(ssm, name) {
    try {
        const answer = await ssm.send(new dist_cjs/* GetParameterCommand */.lhy({ Name: name, WithDecryption: false }));
        return answer.Parameter?.Type;
    }
    catch (error) {
        if (error instanceof Error && error.name === "ParameterNotFound")
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./actions/lib/adapters/aws/patch-setup-reads.ts

function createPatchSetupReads(ssm) {
    return {
        async baseline(name) {
            // The whole name as the prefix: one page holds every match, and the exact name is then picked.
            const answer = await ssm.send(new dist_cjs/* DescribePatchBaselinesCommand */.pXM({
                Filters: [
                    { Key: "NAME_PREFIX", Values: [name] },
                    { Key: "OWNER", Values: ["Self"] },
                ],
            }));
            const found = (answer.BaselineIdentities ?? []).find((b) => b.BaselineName === name);
            return found?.BaselineId === undefined
                ? undefined
                : { id: found.BaselineId, operatingSystem: found.OperatingSystem ?? "" };
        },
        async association(name) {
            const answer = await ssm.send(new dist_cjs/* ListAssociationsCommand */.IOv({ AssociationFilterList: [{ key: "AssociationName", value: name }] }));
            const found = (answer.Associations ?? []).find((a) => a.AssociationName === name);
            if (found?.AssociationId === undefined)
                return undefined;
            return {
                id: found.AssociationId,
                document: found.Name ?? "",
                targets: (found.Targets ?? []).map((t) => ({ key: t.Key ?? "", values: t.Values ?? [] })),
            };
        },
    };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
;// CONCATENATED MODULE: ./actions/lib/adapters/aws/stack-outputs.ts


/** A stack's outputs from CloudFormation itself. */
async function describeStackOutputs(client, stackName) {
    const { Stacks: stacks = [] } = await client.send(new client_cloudformation_dist_cjs/* DescribeStacksCommand */.Y47({ StackName: stackName }));
    const [stack] = stacks;
    if (stack === undefined)
        throw new Error(`CloudFormation has no stack ${stackName}`);
    return Object.fromEntries((stack.Outputs ?? []).flatMap(({ OutputKey, OutputValue }) => OutputKey === undefined || OutputValue === undefined ? [] : [[OutputKey, OutputValue]]));
}
/** `cdk deploy --outputs-file`: one object per stack, each its outputs by key. */
const outputsFileSchema = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()));
/**
 * A stack's outputs from a `cdk deploy --outputs-file` file: the named stack, or the only one in the file. Errors
 * say which stacks the file holds.
 */
function outputsFromFile(text, stackName) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`the outputs file is not JSON (${reason}); write it with cdk deploy --outputs-file`);
    }
    const parsed = outputsFileSchema.safeParse(json);
    if (!parsed.success) {
        throw new Error("the outputs file is not cdk deploy --outputs-file's shape: { STACK: { OUTPUT: value } }");
    }
    const stacks = Object.keys(parsed.data);
    const name = stackName ?? (stacks.length === 1 ? stacks[0] : undefined);
    const outputs = name === undefined ? undefined : parsed.data[name];
    if (outputs === undefined) {
        const held = stacks.length === 0 ? "no stack" : stacks.join(", ");
        throw new Error(stackName === undefined
            ? `the outputs file holds ${held}: name one with --stack`
            : `the outputs file has no stack ${stackName} (it holds ${held})`);
    }
    return outputs;
}

// EXTERNAL MODULE: ./actions/lib/adapters/github/status.ts
var github_status = __webpack_require__(22889);
;// CONCATENATED MODULE: ./actions/lib/adapters/github/repository-settings.ts

function createRepositorySettings(octokit, owner, repo) {
    const at = { owner, repo };
    return {
        repo: `${owner}/${repo}`,
        async defaultBranch() {
            return (await octokit.rest.repos.get(at)).data.default_branch;
        },
        async labels() {
            const all = await octokit.paginate(octokit.rest.issues.listLabelsForRepo, { ...at, per_page: 100 });
            return all.map((l) => l.name);
        },
        async environment(name) {
            const env = await (0,github_status/* unlessNotFound */.C)(() => octokit.rest.repos.getEnvironment({ ...at, environment_name: name }));
            if (env === undefined)
                return undefined;
            const policy = env.data.deployment_branch_policy;
            // No policy: every branch may deploy. protected_branches: whichever branches are protected, by name unknown.
            if (policy === null || policy === undefined)
                return { branches: [] };
            if (policy.protected_branches)
                return { branches: ["(protected branches)"] };
            const rules = await octokit.paginate(octokit.rest.repos.listDeploymentBranchPolicies, {
                ...at,
                environment_name: name,
                per_page: 100,
            });
            return { branches: rules.filter((r) => r.type !== "tag").flatMap((r) => (r.name === undefined ? [] : [r.name])) };
        },
        async variableNames() {
            const all = await octokit.paginate(octokit.rest.actions.listRepoVariables, { ...at, per_page: 30 });
            return all.map((v) => v.name);
        },
        async secretNames() {
            const all = await octokit.paginate(octokit.rest.actions.listRepoSecrets, { ...at, per_page: 100 });
            return all.map((s) => s.name);
        },
        async requiredChecks(branch) {
            const checks = await (0,github_status/* unlessNotFound */.C)(() => octokit.rest.repos.getStatusChecksProtection({ ...at, branch }));
            if (checks === undefined)
                return [];
            return [...new Set([...(checks.data.contexts ?? []), ...(checks.data.checks ?? []).map((c) => c.context)])];
        },
        async actionsMayCreatePullRequests() {
            const answer = await octokit.rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository(at);
            return answer.data.can_approve_pull_request_reviews;
        },
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./actions/lib/core/stack-outputs.ts
/**
 * The outputs of the fleet's CloudFormation stack (infra/) that fleet.yml takes its ids from. The stack writes them
 * and `orca-fleet setup fleet` reads them, both through these names, so the two cannot drift apart.
 */
const stackOutputs = {
    region: "Region",
    vpcId: "VpcId",
    zoneId: "ZoneId",
    domain: "Domain",
    backupBucket: "BackupBucket",
    /** Each clinic's instance profile is this name followed by `-<clinic id>`. */
    instanceProfilePrefix: "InstanceProfilePrefix",
    amiParameter: "AmiParameter",
    secretsPrefix: "SecretsPrefix",
    volumesKeyArn: "VolumesKeyArn",
    backupKeyArn: "BackupKeyArn",
    secretsKeyArn: "SecretsKeyArn",
    buildSubnetId: "BuildSubnetId",
    buildSecurityGroupId: "BuildSecurityGroupId",
    buildInstanceProfile: "BuildInstanceProfile",
    caKeyArn: "CaKeyArn",
    operatorRoleArn: "OperatorRoleArn",
};
/** Subnets and security groups are one output each, named by prefix + the PascalCase of fleet.yml's logical name. */
const subnetOutputPrefix = "Subnet";
const securityGroupOutputPrefix = "SecurityGroup";
const logicalNamePattern = /^[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)*$/;
/** `private-a` → `SubnetPrivateA`. Logical names are lower-case words joined by dashes, so the mapping reverses. */
function outputKeyFor(prefix, logicalName) {
    if (!logicalNamePattern.test(logicalName)) {
        throw new Error(`"${logicalName}" is not a logical name: use lower-case words (a letter, then letters or digits) joined by dashes`);
    }
    return prefix + logicalName.replace(/(?:^|-)([a-z0-9])/g, (_, c) => c.toUpperCase());
}
/** `SubnetPrivateA` → `private-a`; undefined when the key is not one of this prefix's outputs. */
function logicalNameOf(prefix, outputKey) {
    if (!outputKey.startsWith(prefix))
        return undefined;
    const rest = outputKey.slice(prefix.length);
    if (!/^[A-Z][A-Za-z0-9]*$/.test(rest))
        return undefined;
    return rest.replace(/[A-Z]/g, (c, index) => (index === 0 ? c.toLowerCase() : `-${c.toLowerCase()}`));
}

;// CONCATENATED MODULE: ./actions/lib/flows/setup/fleet-ids.ts


/** The scalar settings fleet.yml takes from the stack, by output key. */
const scalarPaths = [
    [stackOutputs.region, ["region"]],
    [stackOutputs.instanceProfilePrefix, ["instanceProfile"]],
    [stackOutputs.amiParameter, ["ami", "parameter"]],
    [stackOutputs.zoneId, ["dns", "zoneId"]],
    [stackOutputs.domain, ["dns", "domain"]],
    [stackOutputs.backupBucket, ["backup", "bucket"]],
    [stackOutputs.secretsPrefix, ["secrets", "parameterPrefix"]],
];
/** The outputs fleet.yml cannot do without: a stack missing one is not the fleet's stack. */
const required = [
    stackOutputs.region,
    stackOutputs.zoneId,
    stackOutputs.backupBucket,
    stackOutputs.instanceProfilePrefix,
];
/** A stack whose outputs cannot fill fleet.yml: the operator passed the wrong stack or file. */
class StackOutputsError extends Error {
    name = "StackOutputsError";
}
/**
 * Writes the stack's ids into fleet.yml's text through yaml's Document API, so comments, order and quoting stay as
 * the person wrote them. A subnet the stack adds gets every security group the stack outputs; an existing subnet
 * keeps its own list. Pure: the caller reads and writes the file.
 */
function fillFleetIds(fleetText, outputs) {
    const missing = required.filter((key) => outputs[key] === undefined);
    if (missing.length > 0) {
        throw new StackOutputsError(`the stack has no output ${missing.join(", ")}: is it orca-fleet's stack (infra/)?`);
    }
    const doc = (0,dist/* parseDocument */.Tp)(fleetText);
    if (doc.errors.length > 0 || !(0,dist/* isMap */.jh)(doc.contents)) {
        throw new StackOutputsError("fleet.yml is not a YAML mapping; run orca-fleet validate first");
    }
    const changes = [];
    const set = (path, value) => {
        const before = doc.getIn(path);
        const current = typeof before === "string" ? before : before === undefined ? undefined : String(before);
        if (current === value)
            return;
        doc.setIn(path, value);
        changes.push({ path: path.join("."), before: current, after: value });
    };
    for (const [output, path] of scalarPaths) {
        const value = outputs[output];
        if (value !== undefined)
            set(path, value);
    }
    const named = (prefix) => Object.entries(outputs).flatMap(([key, value]) => {
        const name = logicalNameOf(prefix, key);
        return name === undefined ? [] : [[name, value]];
    });
    const groups = named(securityGroupOutputPrefix);
    for (const [name, id] of groups)
        set(["securityGroups", name], id);
    const subnets = named(subnetOutputPrefix);
    for (const [name, id] of subnets) {
        if (!doc.hasIn(["subnets", name])) {
            doc.setIn(["subnets", name], doc.createNode({ id, securityGroups: groups.map(([group]) => group) }));
            changes.push({ path: `subnets.${name}`, before: undefined, after: id });
        }
        else {
            set(["subnets", name, "id"], id);
        }
    }
    const stackSubnets = new Set(subnets.map(([name]) => name));
    const existing = doc.getIn(["subnets"]);
    const unknownSubnets = (0,dist/* isMap */.jh)(existing)
        ? existing.items.map((pair) => String(pair.key)).filter((name) => !stackSubnets.has(name))
        : [];
    return { text: doc.toString(), changes, unknownSubnets };
}

;// CONCATENATED MODULE: ./actions/lib/flows/doctor/finding.ts
const pass = (id, area, said) => ({ id, area, ok: true, said });
const miss = (id, area, said, fix) => ({
    id,
    area,
    ok: false,
    said,
    fix,
});

;// CONCATENATED MODULE: ./actions/lib/flows/doctor/aws-checks.ts




/** The AWS side of a deployment: the stack against fleet.yml, the AMI label, the documents and the certificates. */
async function checkAws(facts, reads) {
    const findings = [];
    let changes;
    try {
        changes = fillFleetIds(facts.fleetText, facts.outputs).changes.map((c) => c.path);
    }
    catch (error) {
        changes = [error instanceof Error ? error.message : String(error)];
    }
    findings.push(changes.length === 0
        ? pass("aws.stack-outputs", "aws", { key: "stackOk" })
        : miss("aws.stack-outputs", "aws", { key: "stackDiffers", values: { paths: changes.join(", ") } }, {
            key: "stackFix",
        }));
    const { parameter, label } = facts.fleet.ami;
    const ami = await reads.labelledValue(parameter, label);
    findings.push(ami === undefined
        ? miss("aws.ami-label", "aws", { key: "amiMissing", values: { parameter, label } }, { key: "amiFix" })
        : pass("aws.ami-label", "aws", { key: "amiOk", values: { parameter, label, ami } }));
    for (const doc of facts.documents) {
        const id = `aws.document.${doc.name}`;
        const hash = (0,external_node_crypto_.createHash)("sha256").update(doc.content).digest("hex");
        const stored = await reads.documentDefault(doc.name);
        if (stored === undefined) {
            findings.push(miss(id, "aws", { key: "documentMissing", values: { name: doc.name } }, { key: "documentFix" }));
        }
        else if (stored.hash !== hash) {
            findings.push(miss(id, "aws", { key: "documentStale", values: { name: doc.name, version: stored.version } }, {
                key: "documentFix",
            }));
        }
        else {
            findings.push(pass(id, "aws", { key: "documentOk", values: { name: doc.name, version: stored.version } }));
        }
    }
    const { plan } = facts.certificates;
    const due = plan.actions.map((a) => `${a.clinicId} ${a.kind} (${a.reason})`);
    if (facts.certificates.caParameter === "missing")
        due.unshift("CA");
    findings.push(reviewNeedsWork(facts.certificates)
        ? miss("aws.certificates", "aws", { key: "certificatesDue", values: { count: due.length, which: due.join(", ") } }, {
            key: "certificatesFix",
        })
        : pass("aws.certificates", "aws", { key: "certificatesOk", values: { count: plan.kept.length } }));
    return findings;
}

;// CONCATENATED MODULE: ./actions/lib/flows/doctor/ca-key-check.ts


/**
 * Where the CA key lives: in its protected parameter, or (by elimination) in the operator's folder; a CA key inside
 * the repository is a miss, since a push would publish the key every clinic's trust hangs on.
 */
function checkCaKey(facts) {
    if (facts.keysInRepository.length > 0)
        return miss("aws.ca-key", "aws", { key: "caKeyInRepository", values: { files: facts.keysInRepository.join(", ") } }, { key: "caKeyInRepositoryFix" });
    if (facts.parameterType === undefined)
        return pass("aws.ca-key", "aws", { key: "caKeyInFolder" });
    return facts.parameterType === "SecureString"
        ? pass("aws.ca-key", "aws", { key: "caKeyInParameter", values: { name: caParameter.privateKey } })
        : miss("aws.ca-key", "aws", { key: "caKeyPlain", values: { name: caParameter.privateKey, type: facts.parameterType } }, { key: "caKeyInRepositoryFix" });
}
/** A file the CA's folder would hold: `ca.key`, wherever it sits. */
function looksLikeCaKey(path) {
    return /(^|\/)ca\.key$/.test(path);
}

// EXTERNAL MODULE: ./actions/lib/flows/intake/form.ts
var intake_form = __webpack_require__(83183);
;// CONCATENATED MODULE: ./actions/lib/flows/doctor/expected-setup.ts

/**
 * What the workflows in .github/workflows assume of the repository. test/unit/doctor/expected-setup.test.ts reads
 * the workflow files and fails when one uses a variable or secret that is not listed here.
 */
const expectedRepository = {
    /** clinic-intake.yml runs only on issues with this label. */
    labels: [intake_form/* requestLabel */.g],
    /** apply.yml and bake-ami.yml run their jobs in this environment, which only the default branch may reach. */
    environment: "production",
    /** Repository variables without which a workflow cannot assume its role or build. */
    variables: [
        "AWS_PLAN_ROLE_ARN",
        "AWS_APPLY_ROLE_ARN",
        "AWS_BAKE_ROLE_ARN",
        "AWS_PATCH_REPORT_ROLE_ARN",
        "AWS_DOCUMENTS_PLAN_ROLE_ARN",
        "AWS_DOCUMENTS_ROLE_ARN",
        "AWS_ROLLOUT_PLAN_ROLE_ARN",
        "AWS_ROLLOUT_ROLE_ARN",
        "BAKE_SUBNET_ID",
        "BAKE_SECURITY_GROUP_ID",
        "BAKE_INSTANCE_PROFILE",
        "BAKE_KMS_KEY_ID",
        "AWS_LIVENESS_ROLE_ARN",
    ],
    /** Used when set, with a fallback when not (AWS_REGION defaults to Tokyo; intake falls back to GITHUB_TOKEN). */
    optionalVariables: ["AWS_REGION", "INTAKE_APP_ID", "INTAKE_TEAM", "PATCH_REPORT_FAIL_ON_CRITICAL_DAYS"],
    /** Secrets required when a variable is set: the intake App's key goes with its id. */
    secretsWith: { INTAKE_APP_ID: "INTAKE_APP_PRIVATE_KEY" },
    /** Secrets used when set, with nothing lost but a notice when not (the sweep's Slack webhook). */
    optionalSecrets: ["SLACK_WEBHOOK_URL"],
    /** ci.yml's and validate.yml's jobs: a pull request may not merge before they pass. */
    requiredChecks: ["ci", "validate"],
};

;// CONCATENATED MODULE: ./actions/lib/flows/doctor/github-checks.ts


const missing = (names, have) => names.filter((n) => !have.has(n));
/** The repository's settings the workflows assume, each a finding with its fix. */
async function checkGitHub(settings) {
    const findings = [];
    const repo = settings.repo;
    const labels = missing(expectedRepository.labels, new Set(await settings.labels()));
    findings.push(labels.length === 0
        ? pass("github.labels", "github", { key: "labelsOk", values: { labels: expectedRepository.labels.join(", ") } })
        : miss("github.labels", "github", { key: "labelsMissing", values: { labels: labels.join(", ") } }, { key: "labelsFix", values: { repo, label: labels[0] ?? "" } }));
    const defaultBranch = await settings.defaultBranch();
    const environment = await settings.environment(expectedRepository.environment);
    const name = expectedRepository.environment;
    if (environment === undefined) {
        findings.push(miss("github.environment", "github", { key: "environmentMissing", values: { name } }, {
            key: "environmentFix",
            values: { repo, name, branch: defaultBranch },
        }));
    }
    else if (!(environment.branches.length === 1 && environment.branches[0] === defaultBranch)) {
        findings.push(miss("github.environment", "github", { key: "environmentOpen", values: { name, branches: environment.branches.join(", ") || "*" } }, { key: "environmentFix", values: { repo, name, branch: defaultBranch } }));
    }
    else {
        findings.push(pass("github.environment", "github", { key: "environmentOk", values: { name, branch: defaultBranch } }));
    }
    const variables = new Set(await settings.variableNames());
    const absentVariables = missing(expectedRepository.variables, variables);
    findings.push(absentVariables.length === 0
        ? pass("github.variables", "github", { key: "variablesOk", values: { count: expectedRepository.variables.length } })
        : miss("github.variables", "github", { key: "variablesMissing", values: { names: absentVariables.join(", ") } }, { key: "variablesFix", values: { repo, name: absentVariables[0] ?? "" } }));
    const secrets = new Set(await settings.secretNames());
    const wantedSecrets = Object.entries(expectedRepository.secretsWith).flatMap(([variable, secret]) => variables.has(variable) ? [secret] : []);
    const absentSecrets = missing(wantedSecrets, secrets);
    findings.push(absentSecrets.length === 0
        ? pass("github.secrets", "github", { key: "secretsOk", values: { count: wantedSecrets.length } })
        : miss("github.secrets", "github", { key: "secretsMissing", values: { names: absentSecrets.join(", ") } }, { key: "secretsFix", values: { repo, name: absentSecrets[0] ?? "" } }));
    const checks = new Set(await settings.requiredChecks(defaultBranch));
    const absentChecks = missing(expectedRepository.requiredChecks, checks);
    findings.push(absentChecks.length === 0
        ? pass("github.required-checks", "github", { key: "checksOk", values: { branch: defaultBranch } })
        : miss("github.required-checks", "github", { key: "checksMissing", values: { branch: defaultBranch, checks: absentChecks.join(", ") } }, { key: "checksFix", values: { repo, branch: defaultBranch, checks: absentChecks.join(", ") } }));
    findings.push((await settings.actionsMayCreatePullRequests())
        ? pass("github.actions-pull-requests", "github", { key: "pullRequestsOk" })
        : miss("github.actions-pull-requests", "github", { key: "pullRequestsOff" }, {
            key: "pullRequestsFix",
            values: { repo },
        }));
    return findings;
}

// EXTERNAL MODULE: ./actions/lib/core/instance-tags.ts
var instance_tags = __webpack_require__(61123);
;// CONCATENATED MODULE: ./actions/lib/core/patch-setup.ts

/**
 * The Patch Manager pieces the fleet's stack creates (infra/patching.ts) and doctor looks for, named once: the
 * Ubuntu baseline, and the daily scan association whose target is the tag every fleet instance carries.
 */
const patchSetup = {
    baselineName: "orca-fleet-ubuntu",
    scanAssociationName: "orca-fleet-patch-scan",
    scanDocument: "AWS-RunPatchBaseline",
    scanTarget: { key: `tag:${instance_tags/* tagKeys */.b.managedBy}`, value: instance_tags/* managedByValue */.s },
};

;// CONCATENATED MODULE: ./actions/lib/flows/doctor/patch-checks.ts


/** Instance ids a miss names at most; the count says the rest. */
const namedAtMost = 10;
/**
 * Patches tracked: the stack's Ubuntu baseline exists, its daily scan association runs AWS-RunPatchBaseline on the
 * fleet's tag, and every instance of the fleet carries that tag (an instance without it is never scanned, so the
 * patch report would show it as never scanned for ever).
 */
async function checkPatching(reads, instances) {
    const { baselineName, scanAssociationName, scanDocument, scanTarget } = patchSetup;
    const findings = [];
    const baseline = await reads.baseline(baselineName);
    findings.push(baseline === undefined
        ? miss("aws.patch-baseline", "aws", { key: "baselineMissing", values: { name: baselineName } }, { key: "patchStackFix" })
        : pass("aws.patch-baseline", "aws", { key: "baselineOk", values: { name: baselineName, id: baseline.id } }));
    const scan = await reads.association(scanAssociationName);
    const targetsFleet = scan?.document === scanDocument &&
        scan.targets.some((t) => t.key === scanTarget.key && t.values.includes(scanTarget.value));
    const target = `${scanTarget.key}=${scanTarget.value}`;
    findings.push(scan === undefined
        ? miss("aws.patch-scan", "aws", { key: "scanMissing", values: { name: scanAssociationName } }, { key: "patchStackFix" })
        : targetsFleet
            ? pass("aws.patch-scan", "aws", {
                key: "scanOk",
                values: { name: scanAssociationName, document: scanDocument, target },
            })
            : miss("aws.patch-scan", "aws", { key: "scanWrong", values: { name: scanAssociationName, document: scanDocument, target } }, { key: "patchStackFix" }));
    const uncovered = instances
        .filter((i) => i.tags[tagKeyOf(scanTarget.key)] !== scanTarget.value)
        .map((i) => i.instanceId);
    findings.push(uncovered.length === 0
        ? pass("aws.patch-coverage", "aws", { key: "coverageOk", values: { count: instances.length, target } })
        : miss("aws.patch-coverage", "aws", {
            key: "coverageMissing",
            values: { count: uncovered.length, ids: uncovered.slice(0, namedAtMost).join(", "), target },
        }, {
            key: "coverageFix",
            values: {
                ids: uncovered.slice(0, namedAtMost).join(" "),
                key: tagKeyOf(scanTarget.key),
                value: scanTarget.value,
            },
        }));
    return findings;
}
/** `tag:K` targets instances whose tag K has the value. */
function tagKeyOf(targetKey) {
    return targetKey.slice("tag:".length);
}

;// CONCATENATED MODULE: ./actions/lib/flows/doctor/messages.ts
/** Every text `orca-fleet doctor` shows, in each locale: what it found, and the fix for each miss. */
const doctorMessages = {
    title: { en: "orca-fleet doctor", ja: "orca-fleet doctor（配備の点検）" },
    allOk: { en: "All {count} checks pass.", ja: "{count} 項目すべて問題ありません。" },
    someMissed: {
        en: "{missed} of {count} checks miss: fix them in the order shown, then run doctor again.",
        ja: "{count} 項目中 {missed} 項目に問題があります。上から順に直して、もう一度 doctor を実行してください。",
    },
    fixLabel: { en: "fix", ja: "対処" },
    stackOk: {
        en: "fleet.yml's ids agree with the stack's outputs",
        ja: "fleet.yml の ID がスタックの出力と一致しています",
    },
    stackDiffers: { en: "fleet.yml differs from the stack at: {paths}", ja: "fleet.yml がスタックと異なります: {paths}" },
    stackFix: {
        en: "npx orca-fleet setup fleet --outputs stack-outputs.json (or --stack NAME), then commit clinics/fleet.yml",
        ja: "npx orca-fleet setup fleet --outputs stack-outputs.json（または --stack NAME）を実行し、clinics/fleet.yml をコミット",
    },
    amiOk: { en: "{parameter}:{label} is {ami}", ja: "{parameter}:{label} は {ami} です" },
    amiMissing: {
        en: "{parameter} has no version labelled {label}: no golden AMI to launch from",
        ja: "{parameter} にラベル {label} のバージョンがありません（起動する AMI がありません）",
    },
    amiFix: { en: "run the bake-ami workflow (docs/ami.md)", ja: "bake-ami ワークフローを実行（docs/ami.md）" },
    documentOk: {
        en: "document {name}: default version {version} is this repository's",
        ja: "ドキュメント {name}: 既定バージョン {version} はこのリポジトリの内容です",
    },
    documentMissing: { en: "document {name} is not in SSM", ja: "ドキュメント {name} が SSM にありません" },
    documentStale: {
        en: "document {name}: default version {version} is not this repository's content",
        ja: "ドキュメント {name}: 既定バージョン {version} がこのリポジトリの内容と異なります",
    },
    documentFix: {
        en: "run the sync-documents workflow (it creates or updates the documents and sets their default version)",
        ja: "sync-documents ワークフローを実行（ドキュメントを作成・更新し既定バージョンを設定します）",
    },
    certificatesOk: {
        en: "{count} clinic certificates present and not expiring",
        ja: "医療機関の証明書 {count} 件があり、期限も十分です",
    },
    certificatesDue: {
        en: "{count} certificates to issue or rotate: {which}",
        ja: "発行・更新が必要な証明書 {count} 件: {which}",
    },
    certificatesFix: {
        en: "npx orca-fleet certs sync --ca DIR (the CA folder from orca-fleet certs issue-ca)",
        ja: "npx orca-fleet certs sync --ca DIR（orca-fleet certs issue-ca で作った CA のフォルダ）",
    },
    baselineOk: { en: "patch baseline {name} exists ({id})", ja: "パッチベースライン {name} があります({id})" },
    baselineMissing: { en: "patch baseline {name} does not exist", ja: "パッチベースライン {name} がありません" },
    scanOk: {
        en: "association {name} runs {document} on {target}",
        ja: "関連付け {name} が {target} のインスタンスで {document} を実行します",
    },
    scanMissing: {
        en: "the patch scan association {name} does not exist",
        ja: "パッチスキャンの関連付け {name} がありません",
    },
    scanWrong: {
        en: "association {name} does not run {document} on {target}",
        ja: "関連付け {name} が {target} のインスタンスで {document} を実行しません",
    },
    patchStackFix: {
        en: "deploy the fleet's stack (cd infra && npx cdk deploy, docs/deploy.md): it creates the baseline and the scan",
        ja: "フリートのスタックをデプロイ(cd infra && npx cdk deploy、docs/deploy.md)。ベースラインとスキャンを作成します",
    },
    coverageOk: {
        en: "{count, plural, one {# instance} other {# instances}} of the fleet carry {target}: every one is scanned",
        ja: "フリートのインスタンス {count} 台すべてに {target} があり、スキャン対象です",
    },
    coverageMissing: {
        en: "{count, plural, one {# instance lacks} other {# instances lack}} {target}, so no scan reaches them: {ids}",
        ja: "{target} のないインスタンスが {count} 台あり、スキャンされません: {ids}",
    },
    coverageFix: {
        en: "aws ec2 create-tags --resources {ids} --tags Key={key},Value={value}",
        ja: "aws ec2 create-tags --resources {ids} --tags Key={key},Value={value}",
    },
    caKeyInParameter: {
        en: "the CA key is in its protected parameter {name} (SecureString, the CA's own KMS key)",
        ja: "CA の鍵は保護されたパラメータ {name} にあります(SecureString、CA 専用の KMS キー)",
    },
    caKeyInFolder: {
        en: "the CA key is not in Parameter Store nor in this repository: it lives in the operator's folder",
        ja: "CA の鍵は Parameter Store にもこのリポジトリにもなく、運用者のフォルダにあります",
    },
    caKeyInRepository: {
        en: "a CA key sits in the repository: {files}",
        ja: "CA の鍵がリポジトリ内にあります: {files}",
    },
    caKeyPlain: { en: "{name} is a {type}, not a SecureString", ja: "{name} が SecureString ではなく {type} です" },
    caKeyInRepositoryFix: {
        en: "move the CA out of the repository (a folder of your own, or orca-fleet certs issue-ca --to-parameter); if it was ever pushed, issue a new CA and run certs sync",
        ja: "CA をリポジトリの外へ移す(自分のフォルダ、または orca-fleet certs issue-ca --to-parameter)。一度でも push していたら新しい CA を作り certs sync を実行",
    },
    labelsOk: { en: "labels present: {labels}", ja: "ラベルがあります: {labels}" },
    labelsMissing: { en: "labels missing: {labels}", ja: "ラベルがありません: {labels}" },
    labelsFix: { en: "gh label create {label} --repo {repo}", ja: "gh label create {label} --repo {repo}" },
    environmentOk: { en: "environment {name} allows {branch} only", ja: "環境 {name} は {branch} のみを許可しています" },
    environmentMissing: { en: "environment {name} does not exist", ja: "環境 {name} がありません" },
    environmentOpen: {
        en: "environment {name} allows branches {branches}, not the default branch alone",
        ja: "環境 {name} がブランチ {branches} を許可しています（既定ブランチのみにしてください）",
    },
    environmentFix: {
        en: 'Settings → Environments → {name} in {repo}: deployment branches "Selected branches", one rule: {branch}',
        ja: "{repo} の Settings → Environments → {name}: デプロイブランチを「Selected branches」にし、規則は {branch} のみ",
    },
    variablesOk: { en: "{count} repository variables set", ja: "リポジトリ変数 {count} 件が設定されています" },
    variablesMissing: { en: "repository variables missing: {names}", ja: "リポジトリ変数がありません: {names}" },
    variablesFix: {
        en: "gh variable set {name} --repo {repo} --body VALUE (values from the stack's outputs, docs/aws-setup.md §6)",
        ja: "gh variable set {name} --repo {repo} --body 値（値はスタックの出力から。docs/aws-setup.md §6）",
    },
    secretsOk: {
        en: "{count} repository secrets needed, all set",
        ja: "必要なリポジトリシークレット {count} 件が設定されています",
    },
    secretsMissing: { en: "repository secrets missing: {names}", ja: "リポジトリシークレットがありません: {names}" },
    secretsFix: {
        en: "gh secret set {name} --repo {repo} (reads the value from stdin)",
        ja: "gh secret set {name} --repo {repo}（値は標準入力から）",
    },
    checksOk: { en: "{branch} requires the ci check", ja: "{branch} は ci チェックを必須にしています" },
    checksMissing: { en: "{branch} does not require: {checks}", ja: "{branch} で必須になっていないチェック: {checks}" },
    checksFix: {
        en: "Settings → Branches in {repo}: protect {branch} and require the status checks {checks}",
        ja: "{repo} の Settings → Branches: {branch} を保護し、ステータスチェック {checks} を必須に",
    },
    pullRequestsOk: {
        en: "GitHub Actions may create pull requests",
        ja: "GitHub Actions がプルリクエストを作成できます",
    },
    pullRequestsOff: {
        en: "GitHub Actions may not create pull requests (intake opens them)",
        ja: "GitHub Actions がプルリクエストを作成できません（受付フローが作成します）",
    },
    pullRequestsFix: {
        en: 'Settings → Actions → General in {repo}: "Allow GitHub Actions to create and approve pull requests"',
        ja: "{repo} の Settings → Actions → General:「Allow GitHub Actions to create and approve pull requests」を有効に",
    },
    githubUnreachable: { en: "GitHub was not checked: {reason}", ja: "GitHub を確認できませんでした: {reason}" },
    githubFix: {
        en: "set GITHUB_TOKEN (a token that may read the repository's administration settings) and GITHUB_REPOSITORY=OWNER/REPO, or pass --repo",
        ja: "GITHUB_TOKEN（リポジトリの管理設定を読めるトークン）と GITHUB_REPOSITORY=OWNER/REPO を設定するか、--repo を指定",
    },
};

;// CONCATENATED MODULE: ./actions/lib/flows/doctor/render.ts


function say(said, locale) {
    return (0,message/* formatText */.vX)(doctorMessages[said.key], locale, said.values ?? {});
}
/** The checklist: one line per check, ✓ or ✗, the fix under each miss, and a last line that counts. */
function renderChecklist(findings, locale) {
    const lines = [doctorMessages.title[locale]];
    for (const f of findings) {
        lines.push(`${f.ok ? "✓" : "✗"} [${f.area}] ${say(f.said, locale)}`);
        if (f.fix !== undefined)
            lines.push(`    ${doctorMessages.fixLabel[locale]}: ${say(f.fix, locale)}`);
    }
    const missed = findings.filter((f) => !f.ok).length;
    lines.push(missed === 0
        ? (0,message/* formatText */.vX)(doctorMessages.allOk, locale, { count: findings.length })
        : (0,message/* formatText */.vX)(doctorMessages.someMissed, locale, { missed, count: findings.length }));
    return lines.join("\n");
}
/** For machines: every check with its id, the rendered text and fix, in the fleet's locale. */
function checklistJson(findings, locale) {
    return {
        ok: findings.every((f) => f.ok),
        checks: findings.map((f) => ({
            id: f.id,
            area: f.area,
            ok: f.ok,
            message: say(f.said, locale),
            ...(f.fix === undefined ? {} : { fix: say(f.fix, locale) }),
        })),
    };
}

// EXTERNAL MODULE: ./actions/lib/adapters/github/octokit.ts + 1 modules
var octokit = __webpack_require__(28204);
;// CONCATENATED MODULE: ./actions/cli/github-client.ts

/**
 * The CLI's Octokit: GITHUB_TOKEN at GITHUB_API_URL, rate-limit warnings on stderr and nothing else (stdout is the
 * command's answer). undefined without a token, so that a command can say what to set.
 */
function cliOctokit(env = process.env) {
    const token = env.GITHUB_TOKEN;
    if (token === undefined || token === "")
        return undefined;
    const quiet = () => { };
    const log = {
        warning: (text) => process.stderr.write(`${text}\n`),
        info: quiet,
        error: quiet,
        startGroup: quiet,
        endGroup: quiet,
    };
    return (0,octokit/* createOctokit */.Q)(token, log);
}
/** OWNER/REPO, as --repo takes it. */
const repoPattern = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

;// CONCATENATED MODULE: ./actions/cli/doctor.ts





























const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const doctor_fromEnvironment = {
    ssm: (region) => new dist_cjs/* SSMClient */.jBj((0,aws_clients/* awsClientConfig */.r)({ region })),
    async instances(region) {
        const ec2 = new client_ec2_dist_cjs/* EC2Client */.gu5((0,aws_clients/* awsClientConfig */.r)({ region }));
        try {
            return await (0,ec2_inventory/* readInventory */.zw)(ec2);
        }
        finally {
            ec2.destroy();
        }
    },
    readStack: (stackName, region) => describeStackOutputs(new client_cloudformation_dist_cjs/* CloudFormationClient */.m1N((0,aws_clients/* awsClientConfig */.r)({ region })), stackName),
    github(repo) {
        const octokit = cliOctokit();
        if (octokit === undefined)
            return undefined;
        const [owner = "", name = ""] = repo.split("/");
        return createRepositorySettings(octokit, owner, name);
    },
    now: () => new Date(),
};
function doctorCommand(ports = doctor_fromEnvironment) {
    return {
        name: "doctor",
        summary: "check a deployment end to end (AWS and GitHub) and print the fix for each miss",
        help: `Usage: orca-fleet doctor (--outputs FILE | --stack NAME) [--repo OWNER/REPO] [options]

Checks, in the order a deployment is built (docs/deploy.md): fleet.yml's ids against the stack's outputs, the AMI
parameter's label, each SSM document in ssm-documents/ (present, its default version equal to this repository's
content), every active clinic's certificates (present, for its name, from the fleet's CA, not expiring), the patch
baseline and its scan association, that every fleet instance carries the scan's target tag, where the CA key
lives (its protected parameter, else the operator's folder; a ca.key in this repository is a miss); then the
repository: the labels the workflows use, the production environment limited to the default branch, the
variables and secrets by name, the required checks on the default branch, Actions allowed to create pull requests.

  --outputs FILE        the stack's outputs from cdk deploy --outputs-file; --stack picks one stack in the file
  --stack NAME          read the outputs with CloudFormation DescribeStacks instead
  --repo OWNER/REPO     the repository (default: GITHUB_REPOSITORY); GitHub is reached at GITHUB_API_URL with GITHUB_TOKEN
  --clinics DIR         the registry folder (default clinics)
  --documents DIR       the documents folder (default ssm-documents)
  --renew-before DAYS   a certificate with fewer days left is a miss (default ${certificateDefaults.renewBeforeDays})
  --format text|json    text for people (default), json for machines
  -h, --help            show this help

Exit codes: 0 every check passes, 1 a check misses, 2 usage error.`,
        async run(args, io) {
            const { values, positionals } = (0,external_node_util_.parseArgs)({
                args,
                options: {
                    outputs: { type: "string" },
                    stack: { type: "string" },
                    repo: { type: "string" },
                    clinics: { type: "string", default: "clinics" },
                    documents: { type: "string", default: "ssm-documents" },
                    "renew-before": { type: "string" },
                    format: { type: "string" },
                },
                allowPositionals: true,
                strict: true,
            });
            const outputFormat = outputFormatOf(values.format);
            if (positionals.length > 0)
                throw new UsageError(`doctor takes no arguments, got "${positionals.join(" ")}"`);
            if (values.outputs === undefined && values.stack === undefined) {
                throw new UsageError("pass --outputs FILE (cdk deploy --outputs-file) or --stack NAME (CloudFormation)");
            }
            const renew = values["renew-before"] ?? String(certificateDefaults.renewBeforeDays);
            if (!/^[0-9]{1,5}$/.test(renew))
                throw new UsageError(`--renew-before must be a whole number of days, not "${renew}"`);
            const repo = values.repo ?? process.env.GITHUB_REPOSITORY ?? "";
            if (repo !== "" && !repoPattern.test(repo)) {
                throw new UsageError(`--repo must be OWNER/REPO, not "${repo}"`);
            }
            const registry = await loadUsableRegistry(values.clinics).catch((error) => {
                throw new UsageError(error.message);
            });
            const { fleet, locale } = registry;
            let outputs;
            try {
                outputs =
                    values.outputs === undefined
                        ? await ports.readStack(values.stack ?? "", fleet.region)
                        : outputsFromFile(await readOutputsFile(values.outputs), values.stack);
            }
            catch (error) {
                // Without the stack's outputs nothing else can be compared: say why, as setup fleet does.
                if (!(error instanceof Error))
                    throw error;
                io.err(`orca-fleet doctor: ${error.message}`);
                return exitCodes.problems;
            }
            const ssm = ports.ssm(fleet.region);
            const findings = [];
            try {
                const certificates = await reviewCertificates(createSecureParameters(ssm), {
                    domain: fleet.dns.domain,
                    secretsPrefix: fleet.secrets.parameterPrefix,
                    renewBeforeDays: Number(renew),
                    validityDays: 0,
                }, activeClinicIds(registry), ports.now());
                const facts = {
                    fleet,
                    fleetText: await (0,promises_.readFile)((0,external_node_path_.join)(values.clinics, load/* fleetFileName */.M), "utf8"),
                    outputs,
                    documents: await readDocuments(values.documents),
                    certificates,
                };
                findings.push(...(await checkAws(facts, createDeploymentReads(ssm))));
                findings.push(...(await checkPatching(createPatchSetupReads(ssm), await ports.instances(fleet.region))));
                findings.push(checkCaKey({
                    parameterType: await parameterType(ssm, caParameter.privateKey),
                    keysInRepository: (await repositoryFiles()).filter(looksLikeCaKey),
                }));
            }
            finally {
                ssm.destroy();
            }
            findings.push(...(await githubFindings(ports, repo)));
            if (outputFormat === "json")
                io.out(JSON.stringify(checklistJson(findings, locale), null, 2));
            else
                io.out(renderChecklist(findings, locale));
            return findings.every((f) => f.ok) ? exitCodes.ok : exitCodes.problems;
        },
    };
}
async function githubFindings(ports, repo) {
    const settings = repo === "" ? undefined : ports.github(repo);
    if (settings === undefined) {
        const reason = repo === "" ? "no repository (--repo or GITHUB_REPOSITORY)" : "no GITHUB_TOKEN";
        return [miss("github", "github", { key: "githubUnreachable", values: { reason } }, { key: "githubFix" })];
    }
    return checkGitHub(settings);
}
/** The repository's files a push could publish: tracked, and untracked but not ignored; none outside a git checkout. */
async function repositoryFiles() {
    try {
        const { stdout } = await run("git", ["ls-files", "--cached", "--others", "--exclude-standard"], {
            maxBuffer: 64 * 2 ** 20,
        });
        return stdout.split("\n").filter((line) => line !== "");
    }
    catch {
        return [];
    }
}
function readOutputsFile(path) {
    return (0,promises_.readFile)(path, "utf8").catch(() => {
        throw new Error(`${path} cannot be read; write it with cdk deploy --outputs-file, or pass --stack NAME`);
    });
}
/** Every ssm-documents/<name>.yml: the document named <name>, its content as sync-documents sends it. */
async function readDocuments(dir) {
    const names = (await (0,promises_.readdir)(dir)).filter((n) => n.endsWith(".yml")).sort();
    return Promise.all(names.map(async (file) => ({
        name: file.slice(0, -".yml".length),
        content: await (0,promises_.readFile)((0,external_node_path_.join)(dir, file), "utf8"),
    })));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./actions/lib/adapters/aws/parameter-lookup.ts
var parameter_lookup = __webpack_require__(30993);
// EXTERNAL MODULE: ./actions/lib/flows/provision/plan.ts
var plan = __webpack_require__(61589);
// EXTERNAL MODULE: ./actions/lib/flows/provision/render.ts
var render = __webpack_require__(86326);
// EXTERNAL MODULE: ./actions/lib/flows/provision/resolve-ami.ts
var resolve_ami = __webpack_require__(27432);
// EXTERNAL MODULE: ./actions/lib/flows/rollout/holidays.ts
var holidays = __webpack_require__(9605);
// EXTERNAL MODULE: ./actions/lib/flows/rollout/messages.ts
var messages = __webpack_require__(5792);
// EXTERNAL MODULE: ./actions/lib/flows/rollout/plan.ts + 4 modules
var rollout_plan = __webpack_require__(37958);
// EXTERNAL MODULE: ./actions/lib/flows/rollout/render.ts
var rollout_render = __webpack_require__(59320);
;// CONCATENATED MODULE: ./actions/cli/plan.ts



















const subjects = ["provision", "rollout"];
const planCommand = {
    name: "plan",
    summary: "show what provisioning and the rollout would do now, as the pull request shows it (read-only)",
    help: `Usage: orca-fleet plan [provision|rollout] [DIR] [--at TIME] [--format text|json]

Plans from the registry in DIR (default: clinics) and the fleet's state in AWS, read-only; without a subject,
both: provisioning first, then the rollout.

provision: the plan the pull request's plan comment shows, from the same planner and renderer: the clinics that
get an instance on merge and the AMI they launch from (the AMI parameter at fleet.yml's label), the suspended and
retired clinics, the instances no clinic file names. One DescribeInstances per 1,000 instances, one GetParameter.

rollout: per ring and wave, which clinics update now, which wait, why and until when, the earliest window each
can start in, which are current, failed, refused or left alone. Probes and updates in flight are not read: a ring
that needs a healthy probe after its bake shows as waiting for one.

Text in the fleet's locale (the provision plan as the pull request's markdown); json for machines. Reads AWS
through the standard settings: AWS_PROFILE or access keys for the fleet's account, or AWS_ENDPOINT_URL for the
local cloud.

Options:
  --at TIME           plan as at this time, ISO 8601, e.g. 2026-12-13T02:00:00+09:00 (default: now)
  --format text|json  text for people (default), json for machines
  -h, --help          show this help

Exit codes: 0 planned, 1 the registry has problems or AWS could not be read, 2 usage error.`,
    async run(args, io) {
        const { values, positionals } = (0,external_node_util_.parseArgs)({
            args,
            options: {
                at: { type: "string" },
                format: { type: "string" },
            },
            allowPositionals: true,
            strict: true,
        });
        const [first, ...more] = positionals;
        const subject = subjects.find((s) => s === first);
        if (first !== undefined && subject === undefined)
            throw new UsageError(`what to plan: provision or rollout (or nothing, for both), not "${first}"`);
        const [dirArg, ...rest] = more;
        if (rest.length > 0)
            throw new UsageError(`expected at most one DIR, got ${rest.length + 1}`);
        const outputFormat = outputFormatOf(values.format);
        const at = values.at === undefined ? new Date() : new Date(values.at);
        if (values.at !== undefined && (!/^\d{4}-\d{2}-\d{2}T/.test(values.at) || Number.isNaN(at.getTime()))) {
            throw new UsageError(`--at must be an ISO 8601 time such as 2026-12-13T02:00:00+09:00, not "${values.at}"`);
        }
        const registry = await (0,load/* loadRegistry */.A)(dirArg ?? "clinics");
        const locale = registry.fleet?.locale ?? "ja";
        const say = (0,message/* translator */.Nj)(locale);
        if (registry.fleet === undefined || registry.problems.length > 0) {
            for (const problem of registry.problems)
                io.err((0,registry_problem/* formatProblem */.V)(problem, registry.locale));
            io.err(say(messages/* rolloutMessages */.w2.registryProblems));
            return exitCodes.problems;
        }
        const fleet = registry.fleet;
        const wanted = subject === undefined ? subjects : [subject];
        const read = await readAws(fleet.region, async ({ ec2, ssm }) => ({
            instances: await (0,ec2_inventory/* readInventory */.zw)(ec2),
            ami: wanted.includes("provision") ? await amiOrWhy((0,parameter_lookup/* createParameterLookup */.K)(ssm), fleet) : undefined,
        }));
        if (!read.ok) {
            io.err(say(messages/* rolloutMessages */.w2.noInventory, { detail: read.detail ?? say(messages/* rolloutMessages */.w2.noCredentials) }));
            return exitCodes.problems;
        }
        const { instances, ami } = read.value;
        const clock = { now: () => at };
        const plans = {
            provision: () => (0,plan/* planProvision */.f)({ clinics: registry.clinics, instances, clock }),
            rollout: () => (0,rollout_plan/* planRollout */.n)({
                clinics: registry.clinics,
                instances,
                policy: fleet.rollout,
                clock,
                holidays: (0,holidays/* japaneseHolidays */.L)(),
            }),
        };
        if (ami?.kind === "missing")
            io.err(ami.why);
        const resolved = ami?.kind === "resolved" ? ami.ami : undefined;
        if (outputFormat === "json") {
            const json = wanted.map((w) => [
                w,
                w === "provision" ? { ...plans.provision(), ami: resolved ?? null } : plans.rollout(),
            ]);
            io.out(JSON.stringify(subject === undefined ? Object.fromEntries(json) : json[0]?.[1], null, 2));
        }
        else {
            const texts = wanted.map((w) => w === "provision"
                ? (0,render/* renderPlan */.EG)(plans.provision(), locale, resolved).trimEnd()
                : (0,rollout_render/* renderRolloutPlan */.b)(plans.rollout(), locale));
            io.out(texts.join("\n\n"));
        }
        return exitCodes.ok;
    },
};
/** The AMI the plan names, or why it cannot (the plan still shows, as on the pull request; apply is where it stops). */
async function amiOrWhy(parameters, fleet) {
    try {
        return { kind: "resolved", ami: await (0,resolve_ami/* resolveAmi */.s)(parameters, fleet) };
    }
    catch (error) {
        if (!(error instanceof resolve_ami/* AmiResolutionError */.o))
            throw error;
        return { kind: "missing", why: error.message };
    }
}
/** The inventory, or why it cannot be read. */
async function readInstances(region, env = process.env) {
    const read = await readAws(region, ({ ec2 }) => (0,ec2_inventory/* readInventory */.zw)(ec2), env);
    return read.ok ? { ok: true, instances: read.value } : read;
}
/** Reads AWS with the CLI's clients; without any AWS setting, no call is tried (it would only time out). */
async function readAws(region, read, env = process.env) {
    if (!hasAwsSettings(env))
        return { ok: false };
    const clients = (0,aws_clients/* createAwsClients */.G)({ region, maxAttempts: 3 });
    try {
        return { ok: true, value: await read(clients) };
    }
    catch (error) {
        return { ok: false, detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
    finally {
        clients.ec2.destroy();
        clients.ssm.destroy();
    }
}
/** The settings that give the SDK credentials or an endpoint; with none of them (nor ~/.aws), nothing is called. */
const awsSettingVariables = [
    "AWS_ENDPOINT_URL",
    "AWS_ENDPOINT_URL_EC2",
    "AWS_ACCESS_KEY_ID",
    "AWS_PROFILE",
    "AWS_WEB_IDENTITY_TOKEN_FILE",
    "AWS_CONTAINER_CREDENTIALS_FULL_URI",
    "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
];
function hasAwsSettings(env) {
    if (awsSettingVariables.some((name) => (env[name] ?? "") !== ""))
        return true;
    const dir = (0,external_node_path_.join)(env.HOME ?? (0,external_node_os_.homedir)(), ".aws");
    return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, "credentials")) || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, "config"));
}

// EXTERNAL MODULE: ./actions/lib/core/registry/check-file.ts + 2 modules
var check_file = __webpack_require__(94366);
;// CONCATENATED MODULE: ./actions/cli/setup-fleet.ts











const fromCloudFormation = (stackName, region) => describeStackOutputs(new client_cloudformation_dist_cjs/* CloudFormationClient */.m1N((0,aws_clients/* awsClientConfig */.r)({ region })), stackName);
function setupCommand(readStack = fromCloudFormation) {
    return {
        name: "setup",
        summary: "fill fleet.yml's ids from the fleet's AWS stack (infra/)",
        help: `Usage: orca-fleet setup fleet (--stack NAME | --outputs FILE [--stack NAME]) [--clinics DIR] [--region REGION]

Writes the ids the fleet's stack made into DIR/fleet.yml (default: clinics): region, subnets, security groups,
the private zone and domain, the backup bucket, the instance profile prefix, the AMI parameter and the secrets
prefix. Comments and layout are kept; a subnet fleet.yml lacks is added with the stack's security groups.

  --stack NAME      read the outputs with CloudFormation DescribeStacks (credentials and region as the AWS CLI's)
  --outputs FILE    read them from cdk deploy --outputs-file instead; --stack picks one stack in the file
  --clinics DIR     the registry folder that holds fleet.yml
  --region REGION   the stack's region (default: fleet.yml's region)
  -h, --help        show this help

Exit codes: 0 written or already up to date, 1 the stack or the result is not usable, 2 usage error.`,
        async run(args, io) {
            const { values, positionals } = (0,external_node_util_.parseArgs)({
                args,
                options: {
                    stack: { type: "string" },
                    outputs: { type: "string" },
                    clinics: { type: "string", default: "clinics" },
                    region: { type: "string" },
                },
                allowPositionals: true,
                strict: true,
            });
            if (positionals.length !== 1 || positionals[0] !== "fleet") {
                throw new UsageError(`expected "setup fleet", got "setup ${positionals.join(" ")}"`);
            }
            if (values.stack === undefined && values.outputs === undefined) {
                throw new UsageError("pass --stack NAME (CloudFormation) or --outputs FILE (cdk deploy --outputs-file)");
            }
            const file = (0,external_node_path_.join)(values.clinics, load/* fleetFileName */.M);
            const text = await (0,promises_.readFile)(file, "utf8").catch(() => {
                throw new UsageError(`${file} cannot be read; pass the folder that holds fleet.yml with --clinics`);
            });
            try {
                const outputs = values.outputs === undefined
                    ? await readStack(values.stack ?? "", values.region ?? regionOf(text))
                    : outputsFromFile(await (0,promises_.readFile)(values.outputs, "utf8"), values.stack);
                return await write(file, text, outputs, io);
            }
            catch (error) {
                if (error instanceof UsageError || !(error instanceof Error))
                    throw error;
                io.err(`orca-fleet setup fleet: ${error.message}`);
                return exitCodes.problems;
            }
        },
    };
}
/** fleet.yml's region, for DescribeStacks when --region is not given. */
function regionOf(text) {
    const { fleet } = (0,check_file/* checkFleetText */.kM)(text, load/* fleetFileName */.M);
    if (fleet === undefined)
        throw new UsageError("fleet.yml does not validate, so pass the stack's region with --region");
    return fleet.region;
}
async function write(file, text, outputs, io) {
    const result = fillFleetIds(text, outputs);
    // Never leave a fleet.yml that validate would reject: check the result before writing it.
    const checked = (0,check_file/* checkFleetText */.kM)(result.text, file);
    if (checked.fleet === undefined) {
        for (const problem of checked.reporter.problems)
            io.err((0,registry_problem/* formatProblem */.V)(problem, checked.locale));
        io.err(`orca-fleet setup fleet: ${file} was left as it was`);
        return exitCodes.problems;
    }
    for (const name of result.unknownSubnets) {
        io.err(`${file}: subnets.${name} is not in the stack; kept, since clinic files may name it`);
    }
    if (result.changes.length === 0) {
        io.out(`${file} already has the stack's ids`);
        return exitCodes.ok;
    }
    await (0,promises_.writeFile)(file, result.text);
    for (const change of result.changes)
        io.out(`${change.path}: ${change.before ?? "(new)"} → ${change.after}`);
    io.out(`${file}: ${result.changes.length} id(s) written`);
    return exitCodes.ok;
}

// EXTERNAL MODULE: ./actions/lib/adapters/github/history-branch.ts + 3 modules
var history_branch = __webpack_require__(43964);
// EXTERNAL MODULE: ./actions/lib/core/history/files.ts
var files = __webpack_require__(12240);
// EXTERNAL MODULE: ./actions/lib/core/history/layout.ts
var layout = __webpack_require__(71697);
// EXTERNAL MODULE: ./actions/lib/core/history/records.ts
var records = __webpack_require__(88897);
// EXTERNAL MODULE: ./actions/lib/flows/rollout/records.ts
var rollout_records = __webpack_require__(88664);
;// CONCATENATED MODULE: ./actions/lib/flows/status/model.ts


function buildFleetStatus(inputs) {
    const byClinic = new Map();
    for (const instance of inputs.instances) {
        const list = byClinic.get(instance.clinicId) ?? [];
        list.push(instance);
        byClinic.set(instance.clinicId, list);
    }
    const registered = new Set(inputs.clinics.map((c) => c.id));
    const rows = inputs.clinics.map((clinic) => clinicStatus(clinic.id, clinic.status, clinic.orca.version, byClinic.get(clinic.id) ?? [], inputs.state));
    for (const [clinicId, instances] of byClinic)
        if (!registered.has(clinicId))
            rows.push(clinicStatus(clinicId, "unregistered", undefined, instances, inputs.state));
    rows.sort((a, b) => a.clinicId.localeCompare(b.clinicId));
    return { at: inputs.at.toISOString(), history: inputs.history, counts: countsOf(rows), clinics: rows };
}
function clinicStatus(clinicId, registry, desiredVersion, instances, state) {
    // A running instance first, then the newest id: the one a person most likely means.
    const [instance] = [...instances].sort((a, b) => Number(b.state === "running") - Number(a.state === "running") || b.instanceId.localeCompare(a.instanceId));
    const recorded = state?.clinics[clinicId];
    return {
        clinicId,
        registry,
        ...(desiredVersion === undefined ? {} : { desiredVersion }),
        ...(instance === undefined ? {} : { instanceId: instance.instanceId, state: instance.state }),
        duplicates: Math.max(0, instances.length - 1),
        release: instance === undefined ? { kind: "unknown" } : releaseOf(instance.tags),
        ...(recorded?.health === undefined ? {} : { health: recorded.health }),
        ...(state === undefined ? {} : { incidents: recorded?.incidents ?? [] }),
    };
}
/** The rollout's record when there is one; otherwise the version the instance was launched with. */
function releaseOf(tags) {
    const record = (0,rollout_records/* readRolloutRecord */.lV)(tags);
    if (record.kind === "unreadable")
        return { kind: "unreadable", detail: record.detail };
    if (record.kind === "record")
        return { kind: "recorded", version: record.record.target, outcome: record.record.outcome, at: record.record.at };
    const launched = tags[instance_tags/* tagKeys */.b.orcaVersion];
    return launched === undefined ? { kind: "unknown" } : { kind: "launched", version: launched };
}
/** The version a clinic runs as far as the tags say: an update's target only when it succeeded. */
function runningVersion(release) {
    if (release.kind === "launched")
        return release.version;
    if (release.kind === "recorded" && release.outcome === "updated")
        return release.version;
    return undefined;
}
function bump(counts, key) {
    counts[key] = (counts[key] ?? 0) + 1;
}
function countsOf(rows) {
    const counts = {
        clinics: rows.length,
        withInstance: 0,
        byState: {},
        byRelease: {},
        byHealth: {},
        noHealth: 0,
        openIncidents: 0,
        rolloutFailed: 0,
        unregistered: 0,
    };
    for (const row of rows) {
        if (row.state !== undefined) {
            counts.withInstance += 1;
            bump(counts.byState, row.state);
        }
        const version = runningVersion(row.release);
        if (version !== undefined)
            bump(counts.byRelease, version);
        if (row.health === undefined)
            counts.noHealth += 1;
        else
            counts.byHealth[row.health.class] = (counts.byHealth[row.health.class] ?? 0) + 1;
        if ((row.incidents?.length ?? 0) > 0)
            counts.openIncidents += 1;
        if (row.release.kind === "recorded" && row.release.outcome !== "updated")
            counts.rolloutFailed += 1;
        if (row.registry === "unregistered")
            counts.unregistered += 1;
    }
    return counts;
}
/** Whether a clinic needs a look: shown first, and the only rows a summary of a large fleet lists. */
function needsAttention(row) {
    if (row.registry === "unregistered" || row.duplicates > 0)
        return true;
    if (row.registry === "active" && row.state !== "running")
        return true;
    if (row.release.kind === "unreadable")
        return true;
    if (row.release.kind === "recorded" && row.release.outcome !== "updated")
        return true;
    if (row.health !== undefined && row.health.class !== "healthy")
        return true;
    return (row.incidents?.length ?? 0) > 0;
}

// EXTERNAL MODULE: ./actions/lib/core/render/markdown.ts
var markdown = __webpack_require__(10528);
;// CONCATENATED MODULE: ./actions/lib/flows/status/messages.ts
/** Every text `orca-fleet status` shows a person, in Japanese and English. */
const statusMessages = {
    title: { en: "Fleet status at {at} (Tokyo)", ja: "フリートの状態 {at}(日本時間)" },
    clinicTitle: { en: "Status of {clinic} at {at} (Tokyo)", ja: "{clinic} の状態 {at}(日本時間)" },
    historyRead: { en: "History: {from}", ja: "履歴: {from}" },
    historyNotGiven: {
        en: "History: not read, so health and incidents show as no data. Give --history DIR (a checkout of the fleet-status branch) or --repo OWNER/REPO with GITHUB_TOKEN.",
        ja: "履歴: 読んでいないため、正常性とインシデントはデータなしと表示します。--history DIR(fleet-status ブランチのチェックアウト)か、--repo OWNER/REPO と GITHUB_TOKEN を指定してください。",
    },
    historyUnreadable: {
        en: "History: cannot be read ({detail}); health and incidents show as no data.",
        ja: "履歴: 読めません({detail})。正常性とインシデントはデータなしと表示します。",
    },
    countClinics: {
        en: "{clinics} clinics, {withInstance} with an instance: {states}",
        ja: "医療機関 {clinics} 件、うちインスタンスあり {withInstance} 件: {states}",
    },
    countReleases: {
        en: "Releases (from the instances' tags): {releases}",
        ja: "リリース(インスタンスのタグから): {releases}",
    },
    countHealth: {
        en: "Health (last recorded by the sweep): {health}; no data yet: {none}",
        ja: "正常性(スイープの最終記録): {health}、まだデータなし: {none}",
    },
    countAttention: {
        en: "Open incidents: {incidents} clinics; failed rollouts: {failed}; instances without a clinic file: {orphans}",
        ja: "未解決インシデント: {incidents} 件の医療機関、失敗したロールアウト: {failed} 件、医療機関ファイルのないインスタンス: {orphans} 件",
    },
    listAll: { en: "Every clinic:", ja: "全医療機関:" },
    listAttention: {
        en: "Clinics that need a look ({shown} of {total}); the others are running as recorded:",
        ja: "確認が必要な医療機関({total} 件中 {shown} 件)。他は記録どおり稼働中です:",
    },
    noAttention: { en: "No clinic needs a look.", ja: "確認が必要な医療機関はありません。" },
    more: {
        en: "… and {count} more. orca-fleet status CLINIC shows one; --format json lists every clinic.",
        ja: "… ほか {count} 件。orca-fleet status CLINIC で 1 件、--format json で全件を出力します。",
    },
    unknownClinic: {
        en: "{clinic} is neither in the registry nor on any instance's tag.",
        ja: "{clinic} はレジストリにもインスタンスのタグにもありません。",
    },
    headClinic: { en: "clinic", ja: "医療機関" },
    headRegistry: { en: "registry", ja: "登録" },
    headInstance: { en: "instance", ja: "インスタンス" },
    headState: { en: "state", ja: "状態" },
    headRelease: { en: "release", ja: "リリース" },
    headHealth: { en: "health", ja: "正常性" },
    headIncidents: { en: "incidents", ja: "インシデント" },
    noInstance: { en: "no instance", ja: "インスタンスなし" },
    duplicates: { en: "{instance} (+{count} more)", ja: "{instance}(他 {count} 台)" },
    noData: { en: "no data yet", ja: "まだデータなし" },
    notRead: { en: "not read", ja: "未取得" },
    none: { en: "none", ja: "なし" },
    unregistered: { en: "no clinic file", ja: "ファイルなし" },
    releaseLaunched: { en: "{version} (at launch)", ja: "{version}(起動時)" },
    releaseRecorded: { en: "{version}: {outcome} {at}", ja: "{version}: {outcome} {at}" },
    releaseUnreadable: { en: "unreadable tags: {detail}", ja: "タグを読めません: {detail}" },
    releaseWants: { en: "{release}, wants {version}", ja: "{release}、目標 {version}" },
    healthSince: { en: "{class} since {since}", ja: "{since} から {class}" },
};
const outcomeWords = {
    updated: { en: "updated", ja: "更新済み" },
    failed: { en: "failed", ja: "失敗" },
    "rolled-back": { en: "rolled back", ja: "ロールバック済み" },
    "rollback-failed": { en: "roll-back failed", ja: "ロールバック失敗" },
};
const healthWords = {
    healthy: { en: "healthy", ja: "正常" },
    degraded: { en: "degraded", ja: "劣化" },
    restarting: { en: "restarting", ja: "再起動中" },
    down: { en: "down", ja: "停止" },
    unreachable: { en: "unreachable", ja: "到達不能" },
};
const registryWords = {
    active: { en: "active", ja: "稼働" },
    suspended: { en: "suspended", ja: "休止" },
    retired: { en: "retired", ja: "廃止" },
    unregistered: statusMessages.unregistered,
};

;// CONCATENATED MODULE: ./actions/lib/flows/status/render.ts






/** A text listing never grows past this many clinics: a 5,000-clinic fleet reads as counts and what needs a look. */
const listLimit = 50;
/** The fleet's status as a person reads it: counts, then every clinic (a small fleet) or those that need a look. */
function renderFleetStatus(status, locale) {
    const say = (0,message/* translator */.Nj)(locale);
    const c = status.counts;
    const lines = [say(statusMessages.title, { at: (0,rollout_render/* tokyoTime */.K)(status.at) }), historyLine(status, say), ""];
    lines.push(say(statusMessages.countClinics, {
        clinics: c.clinics,
        withInstance: c.withInstance,
        states: tally(c.byState, say),
    }), say(statusMessages.countReleases, { releases: tally(c.byRelease, say) }), say(statusMessages.countHealth, {
        health: tally(Object.fromEntries(records/* healthClasses */.lY.flatMap((k) => (c.byHealth[k] ? [[say(healthWords[k]), c.byHealth[k]]] : []))), say),
        none: c.noHealth,
    }), say(statusMessages.countAttention, {
        incidents: c.openIncidents,
        failed: c.rolloutFailed,
        orphans: c.unregistered,
    }), "");
    const all = status.clinics.length <= listLimit;
    const rows = all ? status.clinics : status.clinics.filter(needsAttention);
    if (rows.length === 0) {
        lines.push(say(statusMessages.noAttention));
        return lines.join("\n");
    }
    const shown = rows.slice(0, listLimit);
    lines.push(all ? say(statusMessages.listAll) : say(statusMessages.listAttention, { shown: shown.length, total: rows.length }), "", statusTable(shown, status, say));
    if (rows.length > shown.length)
        lines.push("", say(statusMessages.more, { count: rows.length - shown.length }));
    return lines.join("\n");
}
/** One clinic's status: the same row, with the sources said. */
function renderClinicStatus(status, clinicId, locale) {
    const say = (0,message/* translator */.Nj)(locale);
    const row = status.clinics.find((r) => r.clinicId === clinicId);
    const title = say(statusMessages.clinicTitle, { clinic: clinicId, at: (0,rollout_render/* tokyoTime */.K)(status.at) });
    if (row === undefined)
        return [title, "", say(statusMessages.unknownClinic, { clinic: clinicId })].join("\n");
    return [title, historyLine(status, say), "", statusTable([row], status, say)].join("\n");
}
function historyLine(status, say) {
    const h = status.history;
    if (h.kind === "read")
        return say(statusMessages.historyRead, { from: h.from });
    if (h.kind === "unreadable")
        return say(statusMessages.historyUnreadable, { detail: h.detail });
    return say(statusMessages.historyNotGiven);
}
function statusTable(rows, status, say) {
    const headers = [
        "headClinic",
        "headRegistry",
        "headInstance",
        "headState",
        "headRelease",
        "headHealth",
        "headIncidents",
    ];
    const historyRead = status.history.kind === "read";
    return (0,markdown/* table */.tp)(headers.map((h) => say(statusMessages[h])), rows.map((row) => [
        row.clinicId,
        say(registryWords[row.registry]),
        instanceCell(row, say),
        row.state ?? "-",
        releaseCell(row, say),
        row.health === undefined
            ? say(historyRead ? statusMessages.noData : statusMessages.notRead)
            : say(statusMessages.healthSince, {
                class: say(healthWords[row.health.class]),
                since: (0,rollout_render/* tokyoTime */.K)(row.health.since),
            }),
        row.incidents === undefined
            ? say(statusMessages.notRead)
            : row.incidents.length === 0
                ? say(statusMessages.none)
                : row.incidents.map((n) => `#${n}`).join(" "),
    ]));
}
function instanceCell(row, say) {
    if (row.instanceId === undefined)
        return say(statusMessages.noInstance);
    return row.duplicates === 0
        ? row.instanceId
        : say(statusMessages.duplicates, { instance: row.instanceId, count: row.duplicates });
}
function releaseCell(row, say) {
    const r = row.release;
    const release = r.kind === "recorded"
        ? say(statusMessages.releaseRecorded, {
            version: r.version,
            outcome: say(outcomeWords[r.outcome]),
            at: (0,rollout_render/* tokyoTime */.K)(r.at),
        })
        : r.kind === "launched"
            ? say(statusMessages.releaseLaunched, { version: r.version })
            : r.kind === "unreadable"
                ? say(statusMessages.releaseUnreadable, { detail: (0,markdown/* inert */.tJ)(r.detail) })
                : "-";
    const wanted = row.desiredVersion;
    return wanted !== undefined && row.instanceId !== undefined && runningVersion(r) !== wanted
        ? say(statusMessages.releaseWants, { release, version: wanted })
        : release;
}
/** `running 3, stopped 1`, largest first; "none" when empty. */
function tally(counts, say) {
    const entries = Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
    return entries.length === 0 ? say(statusMessages.none) : entries.map(([k, n]) => `${k} ${n}`).join(", ");
}

;// CONCATENATED MODULE: ./actions/cli/status.ts
















const status_fromEnvironment = {
    instances: (region) => readInstances(region),
    githubHistory(repo, branch) {
        const octokit = cliOctokit();
        if (octokit === undefined)
            return undefined;
        const [owner = "", name = ""] = repo.split("/");
        return (0,history_branch/* readHistoryState */.E)(octokit, { owner, repo: name, branch });
    },
    now: () => new Date(),
};
function statusCommand(ports = status_fromEnvironment) {
    return {
        name: "status",
        summary: "show each clinic's instance, state, release, last health and incidents (read-only)",
        help: `Usage: orca-fleet status [CLINIC] [--history DIR | --repo OWNER/REPO] [options]

Shows, per clinic, the instance EC2 has for it and its state, the release its tags record (the rollout's record,
else the version it was launched with, and the registry's target when they differ), and the health and open
incidents the fleet's history last recorded. Without CLINIC, the whole fleet: counts, then every clinic when
there are at most 50, else only the clinics that need a look (the first 50); --format json lists every clinic.
Read-only: one DescribeInstances per 1,000 instances, and the history's state file.

The history (the fleet-status branch) is read from --history DIR (a checkout: git worktree add DIR fleet-status),
else through the GitHub API when a repository (--repo or GITHUB_REPOSITORY) and GITHUB_TOKEN are set (GITHUB_API_URL
for another server), else not at all: health and incidents then show as not read. A clinic the history holds
nothing for yet shows "no data yet".

  --clinics DIR          the registry folder (default clinics)
  --history DIR          a checkout of the history branch
  --repo OWNER/REPO      read the history branch of this repository through the GitHub API
  --history-branch NAME  the history branch (default fleet-status)
  --format text|json     text for people (default), json for machines
  -h, --help             show this help

Exit codes: 0 shown, 1 the registry or the instances could not be read, or CLINIC is unknown, 2 usage error.`,
        async run(args, io) {
            const { values, positionals } = (0,external_node_util_.parseArgs)({
                args,
                options: {
                    clinics: { type: "string", default: "clinics" },
                    history: { type: "string" },
                    repo: { type: "string" },
                    "history-branch": { type: "string", default: "fleet-status" },
                    format: { type: "string" },
                },
                allowPositionals: true,
                strict: true,
            });
            const outputFormat = outputFormatOf(values.format);
            if (positionals.length > 1)
                throw new UsageError(`expected at most one CLINIC, got ${positionals.length}`);
            const repo = values.repo ?? process.env.GITHUB_REPOSITORY ?? "";
            if (repo !== "" && !repoPattern.test(repo))
                throw new UsageError(`--repo must be OWNER/REPO, not "${repo}"`);
            if (values.history !== undefined && values.repo !== undefined)
                throw new UsageError("give --history DIR or --repo OWNER/REPO, not both");
            const registry = await loadUsableRegistry(values.clinics).catch((error) => {
                throw new UsageError(error.message);
            });
            const say = (0,message/* translator */.Nj)(registry.locale);
            const read = await ports.instances(registry.fleet.region);
            if (!read.ok) {
                io.err(say(messages/* rolloutMessages */.w2.noInventory, { detail: read.detail ?? say(messages/* rolloutMessages */.w2.noCredentials) }));
                return exitCodes.problems;
            }
            const history = await readHistory(ports, values.history, repo, values["history-branch"]);
            const status = buildFleetStatus({
                clinics: registry.clinics,
                instances: read.instances,
                state: history.state,
                history: history.source,
                at: ports.now(),
            });
            const [clinic] = positionals;
            const known = clinic === undefined || status.clinics.some((r) => r.clinicId === clinic);
            if (outputFormat === "json") {
                const clinics = clinic === undefined ? status.clinics : status.clinics.filter((r) => r.clinicId === clinic);
                io.out(JSON.stringify({ ...status, clinics }, null, 2));
            }
            else {
                io.out(clinic === undefined
                    ? renderFleetStatus(status, registry.locale)
                    : renderClinicStatus(status, clinic, registry.locale));
            }
            return known ? exitCodes.ok : exitCodes.problems;
        },
    };
}
/** The history's state from a folder, else the API, else not read; a history that cannot be read is said, not fatal. */
async function readHistory(ports, dir, repo, branch) {
    try {
        if (dir !== undefined) {
            const path = (0,external_node_path_.join)(dir, layout/* statePath */.BQ);
            const text = await (0,promises_.readFile)(path, "utf8").catch((error) => {
                if (error.code === "ENOENT")
                    return undefined;
                throw new Error(`${path} cannot be read`);
            });
            const state = text === undefined ? records/* emptyFleetState */.j_ : (0,files/* parseState */.Bu)(text, path);
            return { state, source: { kind: "read", from: dir } };
        }
        const pending = repo === "" ? undefined : ports.githubHistory(repo, branch);
        if (pending === undefined)
            return { state: undefined, source: { kind: "not-given" } };
        return { state: await pending, source: { kind: "read", from: `${repo}@${branch}` } };
    }
    catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return { state: undefined, source: { kind: "unreadable", detail } };
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(57264);
// EXTERNAL MODULE: ./actions/lib/core/registry/annotate.ts
var annotate = __webpack_require__(588);
// EXTERNAL MODULE: ./actions/lib/flows/validate/messages.ts
var validate_messages = __webpack_require__(55047);
;// CONCATENATED MODULE: ./actions/cli/validate.ts









const formats = ["text", "json"];
const validateCommand = {
    name: "validate",
    summary: "check fleet.yml and every clinic file in a registry folder",
    help: `Usage: orca-fleet validate [DIR] [--format text|json]

Checks fleet.yml and every <id>.yml in DIR (default: clinics): YAML, the schema, institution codes,
maintenance windows, file name = id, unique ids and codes, subnets and instance types known to fleet.yml.
Reports every problem as FILE:LINE:COLUMN FIELD: MESSAGE, in the fleet's locale; inside GitHub Actions
(GITHUB_ACTIONS=true) also as ::error annotations on the files, with text output.

Options:
  --format text|json  text for people (default), json for machines
  -h, --help          show this help

Exit codes: 0 valid, 1 problems found, 2 usage error.`,
    async run(args, io) {
        const { values, positionals } = (0,external_node_util_.parseArgs)({
            args,
            options: { format: { type: "string", default: "text" }, help: { type: "boolean", short: "h" } },
            allowPositionals: true,
            strict: true,
        });
        const outputFormat = formats.find((f) => f === values.format);
        if (!outputFormat)
            throw new UsageError(`--format must be text or json, not "${values.format}"`);
        if (positionals.length > 1)
            throw new UsageError(`expected one DIR, got ${positionals.length}`);
        const dir = positionals[0] ?? "clinics";
        if (!(await isDirectory(dir)))
            throw new UsageError(`${dir} is not a directory; pass the folder that holds fleet.yml`);
        const result = await (0,load/* loadRegistry */.A)(dir);
        print(result, outputFormat, io);
        return result.problems.length > 0 ? exitCodes.problems : exitCodes.ok;
    },
};
async function isDirectory(path) {
    try {
        return (await (0,promises_.stat)(path)).isDirectory();
    }
    catch {
        return false;
    }
}
function print(result, outputFormat, io) {
    const { clinics, problems } = result;
    if (outputFormat === "json") {
        // Machines get each message rendered in the fleet's locale, and the rule it breaks to match on.
        const rendered = problems.map((p) => ({ ...p, rule: p.message.key, message: (0,message/* render */.XX)(p.message, result.locale) }));
        io.out(JSON.stringify({ valid: problems.length === 0, clinics: clinics.length, problems: rendered }, null, 2));
        return;
    }
    const { locale } = result;
    for (const problem of problems)
        io.out((0,registry_problem/* formatProblem */.V)(problem, locale));
    if (io.actions)
        (0,annotate/* annotateProblems */.$)(problems, io.actions.workspace, core, locale);
    const summary = problems.length === 0 ? validate_messages/* cliSummary */.D.valid : validate_messages/* cliSummary */.D.invalid;
    const files = new Set(problems.map((p) => p.file)).size;
    (problems.length === 0 ? io.out : io.err)((0,message/* formatText */.vX)(summary, locale, { clinics: clinics.length, problems: problems.length, files }));
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./actions/cli/version.ts

/** The toolkit's version, from package.json, so `orca-fleet --version` cannot disagree with the release. */
const toolkitVersion = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./actions/cli/main.ts









/** The operator CLI's commands; a new one is one more entry. */
const commands = [
    validateCommand,
    planCommand,
    setupCommand(),
    certsCommand(),
    doctorCommand(),
    statusCommand(),
];
function overview() {
    const width = Math.max(...commands.map((c) => c.name.length));
    return `Usage: orca-fleet <command> [options]

Runs the fleet's checks from a clone, with the same code as the GitHub Actions.

Options:
  --version  print the toolkit's version

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Run \`orca-fleet <command> --help\` for a command's options.`;
}
/** The `orca-fleet` command line: returns the exit code (0 ok, 1 problems found, 2 usage error). */
async function cli(argv, io = processIo()) {
    const [name, ...args] = argv;
    const outputFormat = requestedFormat(argv);
    if (name === "--version" || name === "-V") {
        io.out(outputFormat === "json" ? JSON.stringify({ version: toolkitVersion }) : `orca-fleet ${toolkitVersion}`);
        return exitCodes.ok;
    }
    if (name === undefined || name === "help" || name === "--help" || name === "-h") {
        (name === undefined ? io.err : io.out)(overview());
        return name === undefined ? exitCodes.usage : exitCodes.ok;
    }
    const command = commands.find((c) => c.name === name);
    if (!command) {
        return usageError(io, outputFormat, `unknown command "${name}"`, undefined, `\n\n${overview()}`);
    }
    // Every command's --help is answered here, once, before its own options are parsed.
    const helpAt = args.indexOf("--");
    const asked = (helpAt < 0 ? args : args.slice(0, helpAt)).some((a) => a === "--help" || a === "-h");
    if (asked) {
        io.out(command.help);
        return exitCodes.ok;
    }
    try {
        return await command.run(args, io);
    }
    catch (error) {
        if (!(error instanceof UsageError) && !isParseArgsError(error))
            throw error;
        const usage = command.help.split("\n", 1)[0] ?? "";
        return usageError(io, outputFormat, error.message, command.name, `\n${usage}\nRun \`orca-fleet ${command.name} --help\` for more.`);
    }
}
/** A usage error on stderr: one JSON object when the command line asked for JSON, the message and usage otherwise. */
function usageError(io, outputFormat, message, command, hint) {
    if (outputFormat === "json") {
        io.err(JSON.stringify({ error: "usage", ...(command === undefined ? {} : { command }), message }));
    }
    else {
        io.err(`orca-fleet${command === undefined ? "" : ` ${command}`}: ${message}${hint}`);
    }
    return exitCodes.usage;
}
/** node:util parseArgs reports unknown options and missing values with these codes. */
function isParseArgsError(error) {
    return error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS_");
}


/***/ }),

/***/ 588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ annotateProblems)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _i18n_message_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32586);


/**
 * One `::error file=…,line=…,col=…::` workflow command per problem, so that GitHub shows it on the pull request's
 * diff. Files are named relative to the workspace (the repository root), as GitHub matches them.
 */
function annotateProblems(problems, workspace, log, locale) {
    for (const problem of problems) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(workspace, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(problem.file));
        log.error(`${problem.field}: ${(0,_i18n_message_js__WEBPACK_IMPORTED_MODULE_1__/* .render */ .XX)(problem.message, locale)}`, {
            title: problem.field,
            file: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(file) || file.startsWith("..") ? problem.file : file,
            ...(problem.line === undefined ? {} : { startLine: problem.line }),
            ...(problem.column === undefined ? {} : { startColumn: problem.column }),
        });
    }
}


/***/ }),

/***/ 83183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ clinicRequestForm),
/* harmony export */   g: () => (/* binding */ requestLabel)
/* harmony export */ });
/* harmony import */ var _core_registry_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93819);

const requestLabel = "clinic-request";
function clinicRequestForm(fleet) {
    const input = (id, label, path, example, description, freeText = false) => ({ id, label, path, example, description, freeText });
    const dropdown = (id, label, path, options, description) => ({
        ...input(id, label, path, options[0] ?? "", description),
        options,
    });
    return {
        label: requestLabel,
        fields: [
            input("id", "クリニックID", "id", "sakura-naika", "Lower-case letters, digits and hyphens, 3 to 40 characters; becomes clinics/<id>.yml."),
            input("name", "医療機関名", "name", "さくら内科クリニック", "The clinic's registered name.", true),
            input("medical-institution-code", "医療機関コード", "medicalInstitutionCode", "1312345676", "The 10-digit medical institution code (full-width digits are accepted)."),
            dropdown("prefecture", "都道府県", "prefecture", _core_registry_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .prefectures */ .n, "The prefecture the clinic is in."),
            input("orca-version", "ORCAバージョン", "orca.version", "5.2.0", "The WebORCA version to install, e.g. 5.2.0."),
            dropdown("ring", "ロールアウトリング", "orca.ring", _core_registry_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .rings */ .Qn, "Which rollout ring receives ORCA updates first."),
            dropdown("instance-type", "インスタンスタイプ", "instance.type", fleet.instanceTypes, "The EC2 instance type."),
            dropdown("subnet", "サブネット", "instance.subnet", Object.keys(fleet.subnets), "The logical subnet from fleet.yml."),
            input("maintenance-window", "メンテナンス時間帯", "maintenanceWindow", "Sun 01:00-05:00", "Asia/Tokyo: `Sun 01:00-05:00`, `Mon-Fri 22:00-06:00` or `daily 22:00-06:00`."),
            input("contact-name", "担当者名", "contact.name", "山田 花子", "Who at the clinic to contact.", true),
            input("contact-email", "担当者メールアドレス", "contact.email", "hanako@example.jp", "The contact's e-mail address."),
        ],
    };
}


/***/ }),

/***/ 55047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ summaryMessages),
/* harmony export */   D: () => (/* binding */ cliSummary)
/* harmony export */ });
const checked = {
    en: "{clinics, plural, one {# clinic} other {# clinics}} checked: no problems.",
    ja: "{clinics} 件の医療機関を確認しました。問題はありません。",
};
/** The validate action's job summary. */
const summaryMessages = {
    heading: { en: "Clinic registry", ja: "医療機関レジストリ" },
    valid: checked,
    invalid: {
        en: "{problems, plural, one {Found # problem. Fix it in the file below.} other {Found # problems. Fix them in the files below.}}",
        ja: "{problems} 件の問題があります。下のファイルを直してください。",
    },
    where: { en: "Where", ja: "場所" },
    field: { en: "Field", ja: "項目" },
    problem: { en: "Problem", ja: "問題" },
    failed: {
        en: "Found {problems, plural, one {# problem} other {# problems}} in {dir}; each is annotated on its file and listed in the job summary.",
        ja: "{dir} に {problems} 件の問題があります。各問題はファイル上の注記とジョブサマリーに示しています。",
    },
};
/** The last line of `orca-fleet validate`. */
const cliSummary = {
    valid: checked,
    invalid: {
        en: "Found {problems, plural, one {# problem} other {# problems}} in {files, plural, one {# file} other {# files}}.",
        ja: "{files} ファイルに {problems} 件の問題があります。",
    },
};


/***/ })

};
