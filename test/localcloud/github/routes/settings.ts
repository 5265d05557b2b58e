import { z } from "zod";
import { notFound } from "../errors.js";
import type { Route } from "../router.js";
import type { GithubStore } from "../store.js";
import { parseBody, repoPath } from "./params.js";

/**
 * The repository settings `orca-fleet doctor` reads (environments and their branch rules, Actions variables and
 * secret names, branch protection's required checks, Actions' workflow permissions), set through GitHub's own write
 * endpoints as an administrator would. Kept beside the store, one per repository, rather than in it.
 */
interface Settings {
  environments: Map<string, { id: number; createdAt: string; customBranches: boolean; branches: string[] }>;
  variables: Map<string, { value: string; createdAt: string }>;
  secrets: Map<string, { createdAt: string }>;
  requiredChecks: Map<string, { strict: boolean; contexts: string[] }>;
  workflow: { default_workflow_permissions: "read" | "write"; can_approve_pull_request_reviews: boolean };
}

const settingsOf = new WeakMap<GithubStore, Settings>();

function settings(store: GithubStore): Settings {
  let found = settingsOf.get(store);
  if (found === undefined) {
    found = {
      environments: new Map(),
      variables: new Map(),
      secrets: new Map(),
      requiredChecks: new Map(),
      // GitHub's default for a new repository: read-only tokens, no pull requests from Actions.
      workflow: { default_workflow_permissions: "read", can_approve_pull_request_reviews: false },
    };
    settingsOf.set(store, found);
  }
  return found;
}

const environmentBody = z
  .object({
    deployment_branch_policy: z
      .object({ protected_branches: z.boolean(), custom_branch_policies: z.boolean() })
      .nullable()
      .optional(),
  })
  .nullable();
const branchPolicyBody = z.object({ name: z.string().min(1), type: z.enum(["branch", "tag"]).optional() });
const variableBody = z.object({ name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), value: z.string() });
const secretBody = z.object({ encrypted_value: z.string().min(1), key_id: z.string().min(1) });
const protectionBody = z.object({
  required_status_checks: z.object({ strict: z.boolean(), contexts: z.array(z.string()) }).nullable(),
  enforce_admins: z.boolean().nullable(),
  required_pull_request_reviews: z.unknown().nullable(),
  restrictions: z.unknown().nullable(),
});
const workflowBody = z.object({
  default_workflow_permissions: z.enum(["read", "write"]).optional(),
  can_approve_pull_request_reviews: z.boolean().optional(),
});

export function settingsRoutes(store: GithubStore): Route[] {
  const s = () => settings(store);
  const environment = (name: string, url: URL) => {
    const env = s().environments.get(name);
    if (env === undefined) throw notFound();
    return {
      id: env.id,
      node_id: `EN_${env.id}`,
      name,
      url: url.toString(),
      html_url: url.toString(),
      created_at: env.createdAt,
      updated_at: env.createdAt,
      protection_rules: [],
      deployment_branch_policy: env.customBranches ? { protected_branches: false, custom_branch_policies: true } : null,
    };
  };
  return [
    {
      method: "GET",
      template: `${repoPath}/environments/{environment_name}`,
      handle: ({ params, url }) => ({ status: 200, body: environment(params.environment_name ?? "", url) }),
    },
    {
      method: "PUT",
      template: `${repoPath}/environments/{environment_name}`,
      handle: ({ params, body, url }) => {
        const input = parseBody(environmentBody, body, "Environment");
        const name = params.environment_name ?? "";
        const previous = s().environments.get(name);
        s().environments.set(name, {
          id: previous?.id ?? store.id(),
          createdAt: previous?.createdAt ?? store.now(),
          customBranches: input?.deployment_branch_policy?.custom_branch_policies ?? false,
          branches: previous?.branches ?? [],
        });
        return { status: 200, body: environment(name, url) };
      },
    },
    {
      method: "GET",
      template: `${repoPath}/environments/{environment_name}/deployment-branch-policies`,
      handle: ({ params }) => {
        const env = s().environments.get(params.environment_name ?? "");
        if (env === undefined) throw notFound();
        const branch_policies = env.branches.map((name, i) => ({
          id: i + 1,
          node_id: `DBP_${i + 1}`,
          name,
          type: "branch",
        }));
        return { status: 200, body: { total_count: branch_policies.length, branch_policies } };
      },
    },
    {
      method: "POST",
      template: `${repoPath}/environments/{environment_name}/deployment-branch-policies`,
      handle: ({ params, body }) => {
        const env = s().environments.get(params.environment_name ?? "");
        if (env === undefined) throw notFound();
        const input = parseBody(branchPolicyBody, body, "DeploymentBranchPolicy");
        env.branches.push(input.name);
        const id = env.branches.length;
        return { status: 200, body: { id, node_id: `DBP_${id}`, name: input.name, type: input.type ?? "branch" } };
      },
    },
    {
      method: "GET",
      template: `${repoPath}/actions/variables`,
      handle: () => {
        const variables = [...s().variables].map(([name, v]) => ({
          name,
          value: v.value,
          created_at: v.createdAt,
          updated_at: v.createdAt,
        }));
        return { status: 200, body: { total_count: variables.length, variables } };
      },
    },
    {
      method: "POST",
      template: `${repoPath}/actions/variables`,
      handle: ({ body }) => {
        const input = parseBody(variableBody, body, "Variable");
        s().variables.set(input.name, { value: input.value, createdAt: store.now() });
        return { status: 201, body: {} };
      },
    },
    {
      method: "GET",
      template: `${repoPath}/actions/secrets`,
      handle: () => {
        const secrets = [...s().secrets].map(([name, v]) => ({
          name,
          created_at: v.createdAt,
          updated_at: v.createdAt,
        }));
        return { status: 200, body: { total_count: secrets.length, secrets } };
      },
    },
    {
      method: "PUT",
      template: `${repoPath}/actions/secrets/{secret_name}`,
      handle: ({ params, body }) => {
        // The value arrives sealed to the repository's key; only its name is ever answered, as on GitHub.
        parseBody(secretBody, body, "Secret");
        const name = params.secret_name ?? "";
        const created = !s().secrets.has(name);
        s().secrets.set(name, { createdAt: store.now() });
        return { status: created ? 201 : 204, ...(created ? { body: {} } : {}) };
      },
    },
    {
      method: "PUT",
      template: `${repoPath}/branches/{branch}/protection`,
      handle: ({ params, body, url }) => {
        const input = parseBody(protectionBody, body, "BranchProtection");
        const checks = input.required_status_checks ?? { strict: false, contexts: [] };
        s().requiredChecks.set(params.branch ?? "", checks);
        return { status: 200, body: { url: url.toString(), required_status_checks: statusChecks(checks, url) } };
      },
    },
    {
      method: "GET",
      template: `${repoPath}/branches/{branch}/protection/required_status_checks`,
      handle: ({ params, url }) => {
        const checks = s().requiredChecks.get(params.branch ?? "");
        if (checks === undefined) throw notFound();
        return { status: 200, body: statusChecks(checks, url) };
      },
    },
    {
      method: "GET",
      template: `${repoPath}/actions/permissions/workflow`,
      handle: () => ({ status: 200, body: { ...s().workflow } }),
    },
    {
      method: "PUT",
      template: `${repoPath}/actions/permissions/workflow`,
      handle: ({ body }) => {
        const input = parseBody(workflowBody, body, "WorkflowPermissions");
        const workflow = s().workflow;
        if (input.default_workflow_permissions !== undefined)
          workflow.default_workflow_permissions = input.default_workflow_permissions;
        if (input.can_approve_pull_request_reviews !== undefined)
          workflow.can_approve_pull_request_reviews = input.can_approve_pull_request_reviews;
        return { status: 204 };
      },
    },
  ];
}

function statusChecks(checks: { strict: boolean; contexts: string[] }, url: URL) {
  return {
    url: url.toString(),
    strict: checks.strict,
    contexts: checks.contexts,
    checks: checks.contexts.map((context) => ({ context, app_id: null })),
    contexts_url: `${url.toString()}/contexts`,
  };
}
