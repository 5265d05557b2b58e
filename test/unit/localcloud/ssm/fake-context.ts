import type { InstanceView, LocalAwsContext } from "../../../localcloud/aws/types.js";

/** A LocalAwsContext over a plain list of instances, with a clock the test moves. */
export interface FakeContext extends LocalAwsContext {
  launch(instanceId: string, tags?: Record<string, string>): InstanceView;
  setState(instanceId: string, state: InstanceView["state"]): void;
  advance(ms: number): void;
}

export function fakeContext(start = new Date("2026-11-25T03:00:00Z")): FakeContext {
  const views = new Map<string, InstanceView>();
  let offsetMs = 0;
  const now = () => new Date(Date.now() + offsetMs);
  let serial = 0;
  return {
    region: "ap-northeast-1",
    accountId: "123456789012",
    now,
    instances: () => views.values(),
    instance: (id) => views.get(id),
    resolveSsmParameter: () => undefined,
    launch(instanceId, tags = {}) {
      serial += 1;
      const view: InstanceView = {
        instanceId,
        state: "running",
        tags,
        privateIpAddress: `10.0.0.${serial}`,
        launchTime: start < now() ? start : now(),
        imageId: "ami-0123456789abcdef0",
      };
      views.set(instanceId, view);
      return view;
    },
    setState(instanceId, state) {
      const view = views.get(instanceId);
      if (view) views.set(instanceId, { ...view, state });
    },
    advance(ms) {
      offsetMs += ms;
    },
  };
}

/** Instance ids in EC2's form, numbered. */
export function instanceIdOf(n: number): string {
  return `i-${n.toString(16).padStart(17, "0")}`;
}
