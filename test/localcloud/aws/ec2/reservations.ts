import { RawXml, type XmlFields, xmlFields } from "../http/xml.js";
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
    instancesSet: members.map((instance) => renderedInstance(instance, store, context.region)),
  }));
}

/**
 * Each instance's XML, kept (flat) until the instance changes: at 10,000 instances a page of 1,000 is 3 MB, and
 * writing it afresh every call spent most of its time collecting garbage.
 */
const rendered = new WeakMap<Instance, { revision: number; xml: RawXml }>();

function renderedInstance(instance: Instance, store: Ec2Store, region: string): RawXml {
  const cached = rendered.get(instance);
  if (cached?.revision === instance.revision) return cached.xml;
  const xml = new RawXml(xmlFields(instanceView(instance, store.volumes, region)));
  rendered.set(instance, { revision: instance.revision, xml });
  return xml;
}
