import type { AdminRequest, AdminRouteDoc } from "../types.js";
import type { AgentFleet } from "./agents/fleet.js";
import type { OrcaEndpoint, SsmSim } from "./sim.js";
import { orcaPatchSchema, patchReportSchema, reachabilitySchema, settingsSchema } from "./steering.js";

export const ssmAdminRoutes: readonly AdminRouteDoc[] = [
  {
    method: "GET",
    path: "ssm/settings",
    does: "registration delay, GetCommandInvocation's visibility window, orca-update's run time and first boot",
  },
  {
    method: "PUT",
    path: "ssm/settings",
    does: "sets them: { registrationDelaySeconds?, invocationVisibilityMs?, updateDurationMs?, firstBootSeconds?, firstBootFails? }",
  },
  { method: "POST", path: "ssm/documents", does: "creates the toolkit's documents from ssm-documents/" },
  { method: "GET", path: "ssm/orca", does: "the simulated WebORCA's URL" },
  { method: "GET", path: "ssm/instances/{id}", does: "an instance's agent, ORCA and patch state" },
  {
    method: "PUT",
    path: "ssm/instances/{id}/orca",
    does: "an instance's ORCA: health, version, update failures, clock",
  },
  { method: "PUT", path: "ssm/instances/{id}/reachability", does: "its agent: { reachability, latencyMs? }" },
  { method: "PUT", path: "ssm/instances/{id}/patches", does: "its patch state, as a Scan or Install reported it" },
];

/** Admin routes under /_localcloud/ssm/ (see aws/ssm/README.md); undefined for a route that is not one of them. */
export async function ssmAdmin(
  parts: { sim: SsmSim; fleet: AgentFleet; orca: OrcaEndpoint },
  request: AdminRequest,
): Promise<unknown | undefined> {
  const { sim, fleet, orca } = parts;
  const [root, kind, id, part] = request.segments;
  if (root !== "ssm") return undefined;
  const route = `${request.method} ${kind ?? ""}${part === undefined ? "" : `/${part}`}`;
  switch (route) {
    case "GET settings":
      return sim.configure({});
    case "PUT settings":
      return sim.configure(settingsSchema.parse(request.body));
    case "POST documents":
      return { created: sim.seedToolkitDocuments() };
    case "GET orca":
      return { url: (await orca.get()).url };
  }
  if (kind !== "instances" || id === undefined) return undefined;
  const agent = fleet.agent(id);
  switch (route) {
    case "GET instances":
      return {
        instanceId: id,
        reachability: agent.reachability,
        latencyMs: agent.latencyMs,
        orca: agent.orca,
        orcaUrl: await orca.url(id),
        patches: agent.patches ?? null,
      };
    case "PUT instances/orca":
      return sim.setOrca(id, orcaPatchSchema.parse(request.body));
    case "PUT instances/reachability": {
      const setting = reachabilitySchema.parse(request.body);
      sim.setReachability(id, setting.reachability, setting.latencyMs);
      return { reachability: agent.reachability, latencyMs: agent.latencyMs };
    }
    case "PUT instances/patches":
      sim.setPatchState(id, patchReportSchema.parse(request.body));
      return { ok: true };
  }
  return undefined;
}
