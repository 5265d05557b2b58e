import type { XmlFields } from "../http/xml.js";
import type { LocalAwsContext } from "../types.js";
import type { Instance } from "./model.js";
import type { Ec2Store } from "./store.js";
import { instanceView } from "./views.js";

/** Groups consecutive instances of one launch into reservations, as DescribeInstances and RunInstances answer. */
export function reservationsView(
  instances: readonly Instance[],
  store: Ec2Store,
  context: LocalAwsContext,
): XmlFields[] {
  const reservations: { reservationId: string; instances: Instance[] }[] = [];
  for (const instance of instances) {
    const last = reservations[reservations.length - 1];
    if (last?.reservationId === instance.reservationId) last.instances.push(instance);
    else reservations.push({ reservationId: instance.reservationId, instances: [instance] });
  }
  return reservations.map(({ reservationId, instances: members }) => ({
    reservationId,
    ownerId: context.accountId,
    groupSet: [],
    instancesSet: members.map((instance) => instanceView(instance, store.volumes, context.region)),
  }));
}
