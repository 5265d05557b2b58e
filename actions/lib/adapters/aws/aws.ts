import type { AwsClients } from "./clients.js";
import { createEc2Fleet, type Ec2Fleet } from "./ec2-inventory.js";
import { createParameterStore, type ParameterStore } from "./parameter-store.js";
import { createSsmAgents, type SsmAgents } from "./ssm-agents.js";

/** Everything a flow reaches on AWS, each behind its small port; built once by the main over shared clients. */
export interface Aws {
  ec2: Ec2Fleet;
  agents: SsmAgents;
  parameters: ParameterStore;
}

export function createAws(clients: AwsClients): Aws {
  return {
    ec2: createEc2Fleet(clients.ec2),
    agents: createSsmAgents(clients.ssm),
    parameters: createParameterStore(clients.ssm),
  };
}
