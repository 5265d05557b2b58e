// Checks that the Debian tools the tests use are present. As root with apt, installs what is missing;
// otherwise stops with the one line to run. Never a silent skip.
import { execFileSync, spawnSync } from "node:child_process";

/** Tool → the Debian package that provides it, and how to tell the right version is there. */
const tools = [
  { command: "shellcheck", pkg: "shellcheck", check: ["shellcheck", "--version"] },
  { command: "packer", pkg: "packer", check: ["packer", "version"] },
  { command: "cloud-init", pkg: "cloud-init", check: ["cloud-init", "--version"] },
  // Debian's awscli is v2, installed as /usr/bin/aws; a v1 elsewhere on PATH does not count.
  { command: "/usr/bin/aws", pkg: "awscli", check: ["/usr/bin/aws", "--version"] },
  // orca-update's tests: bats runs the real script, jq reads its result line, and a throwaway PostgreSQL cluster
  // (initdb and pg_ctl live under /usr/lib/postgresql/<major>/bin, off PATH) holds the database it backs up.
  { command: "bats", pkg: "bats", check: ["bats", "--version"] },
  { command: "jq", pkg: "jq", check: ["jq", "--version"] },
  // bats runs its files side by side (--jobs) through GNU parallel.
  { command: "parallel", pkg: "parallel", check: ["parallel", "--version"] },
  { command: "initdb", pkg: "postgresql", check: ["bash", "-c", "ls /usr/lib/postgresql/*/bin/initdb"] },
  // The status site's browser tests drive Debian's chromium through playwright-core: never a downloaded browser.
  { command: "/usr/bin/chromium", pkg: "chromium", check: ["/usr/bin/chromium", "--version"] },
];

const works = (argv) => spawnSync(argv[0], argv.slice(1), { stdio: "ignore" }).status === 0;
const missing = tools.filter((t) => !works(t.check));

if (missing.length > 0) {
  const pkgs = missing.map((t) => t.pkg);
  const line = `apt-get update && apt-get install -y ${pkgs.join(" ")}`;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && works(["apt-get", "--version"])) {
    console.log(`installing test tools: ${pkgs.join(", ")}`);
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", ...pkgs], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  } else {
    console.error(`The tests need ${pkgs.join(", ")}. Run as root:\n  ${line}`);
    process.exit(1);
  }
}

// cfn-lint checks the fleet stack's synthesized template; it comes with this machine image's Python, not apt.
if (!works(["cfn-lint", "--version"])) {
  console.error("The infra tests run cfn-lint on the synthesized stack: pip install 'cfn-lint==1.51.*'");
  process.exit(1);
}

// moto is the oracle of the local cloud's contract tests; it comes with this machine image's Python, not apt.
if (!works(["moto_server", "--help"])) {
  console.error(
    "The contract tests need moto_server (moto 5.2.1, with its server extra): pip install 'moto[server]==5.2.1'",
  );
  process.exit(1);
}
