import { rmSync } from "node:fs";
import { AwsError, type LocalAwsContext, type ServiceModule } from "../types.js";
import { ssmAdmin, ssmAdminRoutes } from "./admin.js";
import { AgentFleet } from "./agents/fleet.js";
import { scratchRoot } from "./agents/shell.js";
import { CommandCenter } from "./commands/center.js";
import { commandOperations } from "./commands/ops.js";
import { awsRunShellScript } from "./documents/aws-run-shell-script.js";
import { documentOperations } from "./documents/ops.js";
import { DocumentStore } from "./documents/store.js";
import { documentTagOperations } from "./documents/tags.js";
import { loadToolkitDocuments, ToolkitRecognizer } from "./documents/toolkit.js";
import { describeInstanceInformation } from "./instance-information.js";
import { parameterOperations } from "./parameters/ops.js";
import { ParameterStore } from "./parameters/store.js";
import { patchOperations } from "./patches/ops.js";
import { PatchSetupStore, patchSetupOperations } from "./patches/setup.js";
import { createSsmSim, OrcaEndpoint, type SsmSim } from "./sim.js";

export type { SsmSim } from "./sim.js";

type Operation = (input: unknown) => Promise<unknown>;

/** The local SSM: its stores, the simulated agents and WebORCA, the operations it serves and their steering. */
export function createSsmService(context: LocalAwsContext): ServiceModule & SsmSim {
  const now = () => context.now();
  const parameters = new ParameterStore(now);
  const toolkitFiles = loadToolkitDocuments();
  const toolkit = new ToolkitRecognizer(toolkitFiles);
  const documents = new DocumentStore(now, context.accountId, (content, format) => toolkit.recognize(content, format));
  const fleet = new AgentFleet(context);
  const orca = new OrcaEndpoint(context, fleet);
  const patchSetup = new PatchSetupStore();
  const center = new CommandCenter({ context, fleet, orcaUrl: (id) => orca.url(id) });

  const seedAmazonDocuments = () =>
    documents.seed({
      name: awsRunShellScript.name,
      content: awsRunShellScript.content,
      format: "JSON",
      versionName: undefined,
      targetType: undefined,
      displayName: undefined,
      tags: [],
    });
  seedAmazonDocuments();

  // Each group of operations lives beside its concept; a new group is one more line here.
  const operations: Record<string, Operation> = {
    ...parameterOperations({ store: parameters, region: context.region, accountId: context.accountId }),
    ...documentOperations(documents),
    ...documentTagOperations(documents),
    ...commandOperations({ context, fleet, documents, center }),
    ...patchOperations(fleet),
    ...patchSetupOperations(patchSetup, now),
    DescribeInstanceInformation: describeInstanceInformation(fleet, now, context.region),
  };

  const sim = createSsmSim({ context, fleet, center, documents, parameters, toolkitFiles, orca });

  return {
    ...sim,
    async close() {
      await sim.close();
      rmSync(scratchRoot(), { recursive: true, force: true });
    },
    async handle(operation, input) {
      const op = operations[operation];
      if (!op) throw new AwsError("UnknownOperationException", `The local cloud does not serve SSM ${operation}.`);
      return op(input);
    },
    admin: (request) => ssmAdmin({ sim, fleet, orca }, request),
    adminRoutes: ssmAdminRoutes,
    reset() {
      center.reset();
      parameters.reset();
      documents.reset();
      fleet.reset();
      patchSetup.reset();
      seedAmazonDocuments();
    },
  };
}
