import type { AwsClients } from "../../adapters/aws/clients.js";
import { createEc2Fleet } from "../../adapters/aws/ec2-inventory.js";
import { createEc2Launches } from "../../adapters/aws/ec2-launches.js";
import { createParameterLookup } from "../../adapters/aws/parameter-lookup.js";
import { createSsmAgents } from "../../adapters/aws/ssm-agents.js";
import { createSsmCommands } from "../../adapters/aws/ssm-commands.js";
import { createDocumentCheck } from "../../adapters/aws/ssm-document-exists.js";
import type { Clock, Sleep } from "../../core/ports.js";
import type { ProvisionAws } from "./apply.js";

/** The ports provisioning uses, over one EC2 and one SSM client: built the same way by the main and the tests. */
export function createProvisionAws({ ec2, ssm }: AwsClients, time: { clock: Clock; sleep: Sleep }): ProvisionAws {
  return {
    ec2: createEc2Fleet(ec2),
    launches: createEc2Launches(ec2),
    agents: createSsmAgents(ssm),
    parameterLookup: createParameterLookup(ssm),
    commands: createSsmCommands({ ssm, ...time }),
    documents: createDocumentCheck(ssm),
  };
}
