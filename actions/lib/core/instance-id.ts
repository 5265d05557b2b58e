import { z } from "zod";

/** An EC2 instance id (or a hybrid managed node's mi- id), as SSM reports it. */
export const instanceIdSchema = z
  .string()
  .regex(/^(i|mi)-[0-9a-f]{8,17}$/, "an EC2 instance id like i-0123456789abcdef0");
