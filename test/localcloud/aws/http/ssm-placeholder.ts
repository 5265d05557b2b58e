import { AwsError, type ServiceModule } from "../types.js";

/** Stands in for the SSM service until test/localcloud/aws/ssm/index.ts provides createSsmService. */
export function createSsmPlaceholder(): ServiceModule {
  return {
    async handle(operation) {
      throw new AwsError("UnknownOperationException", `The local cloud does not serve SSM ${operation} yet.`);
    },
    reset() {},
  };
}
