import type { RepositorySettings } from "../../adapters/github/repository-settings.js";
import { expectedRepository as expected } from "./expected-setup.js";
import { type Finding, miss, pass } from "./finding.js";

const missing = (names: readonly string[], have: ReadonlySet<string>) => names.filter((n) => !have.has(n));

/** The repository's settings the workflows assume, each a finding with its fix. */
export async function checkGitHub(settings: RepositorySettings): Promise<Finding[]> {
  const findings: Finding[] = [];
  const repo = settings.repo;

  const labels = missing(expected.labels, new Set(await settings.labels()));
  findings.push(
    labels.length === 0
      ? pass("github.labels", "github", { key: "labelsOk", values: { labels: expected.labels.join(", ") } })
      : miss(
          "github.labels",
          "github",
          { key: "labelsMissing", values: { labels: labels.join(", ") } },
          { key: "labelsFix", values: { repo, label: labels[0] ?? "" } },
        ),
  );

  const defaultBranch = await settings.defaultBranch();
  const environment = await settings.environment(expected.environment);
  const name = expected.environment;
  if (environment === undefined) {
    findings.push(
      miss(
        "github.environment",
        "github",
        { key: "environmentMissing", values: { name } },
        {
          key: "environmentFix",
          values: { repo, name, branch: defaultBranch },
        },
      ),
    );
  } else if (!(environment.branches.length === 1 && environment.branches[0] === defaultBranch)) {
    findings.push(
      miss(
        "github.environment",
        "github",
        { key: "environmentOpen", values: { name, branches: environment.branches.join(", ") || "*" } },
        { key: "environmentFix", values: { repo, name, branch: defaultBranch } },
      ),
    );
  } else {
    findings.push(
      pass("github.environment", "github", { key: "environmentOk", values: { name, branch: defaultBranch } }),
    );
  }

  const variables = new Set(await settings.variableNames());
  const absentVariables = missing(expected.variables, variables);
  findings.push(
    absentVariables.length === 0
      ? pass("github.variables", "github", { key: "variablesOk", values: { count: expected.variables.length } })
      : miss(
          "github.variables",
          "github",
          { key: "variablesMissing", values: { names: absentVariables.join(", ") } },
          { key: "variablesFix", values: { repo, name: absentVariables[0] ?? "" } },
        ),
  );

  const secrets = new Set(await settings.secretNames());
  const wantedSecrets = Object.entries(expected.secretsWith).flatMap(([variable, secret]) =>
    variables.has(variable) ? [secret] : [],
  );
  const absentSecrets = missing(wantedSecrets, secrets);
  findings.push(
    absentSecrets.length === 0
      ? pass("github.secrets", "github", { key: "secretsOk", values: { count: wantedSecrets.length } })
      : miss(
          "github.secrets",
          "github",
          { key: "secretsMissing", values: { names: absentSecrets.join(", ") } },
          { key: "secretsFix", values: { repo, name: absentSecrets[0] ?? "" } },
        ),
  );

  const checks = new Set(await settings.requiredChecks(defaultBranch));
  const absentChecks = missing(expected.requiredChecks, checks);
  findings.push(
    absentChecks.length === 0
      ? pass("github.required-checks", "github", { key: "checksOk", values: { branch: defaultBranch } })
      : miss(
          "github.required-checks",
          "github",
          { key: "checksMissing", values: { branch: defaultBranch, checks: absentChecks.join(", ") } },
          { key: "checksFix", values: { repo, branch: defaultBranch, checks: absentChecks.join(", ") } },
        ),
  );

  findings.push(
    (await settings.actionsMayCreatePullRequests())
      ? pass("github.actions-pull-requests", "github", { key: "pullRequestsOk" })
      : miss(
          "github.actions-pull-requests",
          "github",
          { key: "pullRequestsOff" },
          {
            key: "pullRequestsFix",
            values: { repo },
          },
        ),
  );
  return findings;
}
