import { type EC2Client, RunInstancesCommand, type RunInstancesCommandInput } from "@aws-sdk/client-ec2";

/** Launches, apart from the reads so that a read-only role's code never reaches RunInstances. */
export interface Ec2Launches {
  /** One RunInstances call; answers the instance id, or undefined when EC2 answered none. AWS errors are thrown. */
  launch(request: RunInstancesCommandInput): Promise<string | undefined>;
}

export function createEc2Launches(ec2: EC2Client): Ec2Launches {
  return {
    async launch(request) {
      const answer = await ec2.send(new RunInstancesCommand(request));
      return answer.Instances?.[0]?.InstanceId;
    },
  };
}
