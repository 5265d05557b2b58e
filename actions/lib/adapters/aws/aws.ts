import type { Ec2Fleet } from "./ec2-inventory.js";
import type { Ec2Launches } from "./ec2-launches.js";
import type { ParameterLookup } from "./parameter-lookup.js";
import type { ParameterStore } from "./parameter-store.js";
import type { SsmAgents } from "./ssm-agents.js";
import type { SsmCommands } from "./ssm-commands.js";
import type { SsmDocumentCheck } from "./ssm-document-exists.js";

/**
 * The AWS ports a flow may take, by name. Only types: each main builds just the ports its flow uses, so the code a
 * role runs reaches only the operations its policy allows (test/unit/iam/policy.test.ts follows the imports).
 */
export interface Aws {
  ec2: Ec2Fleet;
  launches: Ec2Launches;
  agents: SsmAgents;
  parameterLookup: ParameterLookup;
  parameters: ParameterStore;
  /** The one SSM command runner (ssm-commands.ts). */
  commands: SsmCommands;
  documents: SsmDocumentCheck;
}
