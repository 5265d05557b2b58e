/**
 * The seams between the local AWS endpoint's parts: the HTTP core (protocols, throttling, latency, call counts,
 * admin routing), the EC2 service and the SSM service. Each service is a module behind this interface.
 */

/** An AWS error as the wire protocols carry it; the SDK turns `code` into its exception class. */
export class AwsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export type InstanceStateName = "pending" | "running" | "stopping" | "stopped" | "shutting-down" | "terminated";

/** What the SSM side may read of an EC2 instance. */
export interface InstanceView {
  instanceId: string;
  state: InstanceStateName;
  tags: Readonly<Record<string, string>>;
  privateIpAddress: string;
  launchTime: Date;
  imageId: string;
}

/** Shared by every service: the simulated clock and the instances EC2 holds. */
export interface LocalAwsContext {
  region: string;
  accountId: string;
  now(): Date;
  instances(): Iterable<InstanceView>;
  instance(instanceId: string): InstanceView | undefined;
  /** Resolves `resolve:ssm:<name>[:label|:version]` for RunInstances; the SSM service answers it. */
  resolveSsmParameter(selector: string): string | undefined;
}

export interface AdminRequest {
  method: string;
  /** The path below /_localcloud/, split on "/". */
  segments: string[];
  body: unknown;
}

/** One admin route, as GET /_localcloud/ lists it: `{ method: "PUT", path: "ec2/boot-delay", does: "…" }`. */
export interface AdminRouteDoc {
  method: "GET" | "PUT" | "POST" | "DELETE";
  /** Below /_localcloud/; `{id}` stands for an instance id. */
  path: string;
  does: string;
}

export interface ServiceModule {
  /** Answers one operation; throws AwsError for AWS's errors. EC2 returns its XML document, SSM its JSON object. */
  handle(operation: string, input: Record<string, unknown>): Promise<unknown>;
  /** Answers admin requests routed to it, or undefined when the route is not its own. */
  admin?(request: AdminRequest): Promise<unknown | undefined>;
  /** The admin routes `admin` answers, for the list at GET /_localcloud/. */
  adminRoutes?: readonly AdminRouteDoc[];
  reset(): void;
}
