import { isMap, parseDocument } from "yaml";
import {
  logicalNameOf,
  securityGroupOutputPrefix,
  stackOutputs,
  subnetOutputPrefix,
} from "../../core/stack-outputs.js";

/** A stack's outputs by key, as DescribeStacks or `cdk deploy --outputs-file` give them. */
export type StackOutputs = Readonly<Record<string, string>>;

export interface FleetIdChange {
  /** The fleet.yml path, e.g. subnets.private-a.id. */
  path: string;
  before: string | undefined;
  after: string;
}

export interface FleetIdsResult {
  /** fleet.yml with the stack's ids, its comments and layout kept. */
  text: string;
  changes: FleetIdChange[];
  /** Subnets fleet.yml names that the stack does not have: kept, since clinic files may still use them. */
  unknownSubnets: string[];
}

/** The scalar settings fleet.yml takes from the stack, by output key. */
const scalarPaths: ReadonlyArray<[output: string, path: readonly string[]]> = [
  [stackOutputs.region, ["region"]],
  [stackOutputs.instanceProfilePrefix, ["instanceProfile"]],
  [stackOutputs.amiParameter, ["ami", "parameter"]],
  [stackOutputs.zoneId, ["dns", "zoneId"]],
  [stackOutputs.domain, ["dns", "domain"]],
  [stackOutputs.backupBucket, ["backup", "bucket"]],
  [stackOutputs.secretsPrefix, ["secrets", "parameterPrefix"]],
];

/** The outputs fleet.yml cannot do without: a stack missing one is not the fleet's stack. */
const required = [
  stackOutputs.region,
  stackOutputs.zoneId,
  stackOutputs.backupBucket,
  stackOutputs.instanceProfilePrefix,
];

/** A stack whose outputs cannot fill fleet.yml: the operator passed the wrong stack or file. */
export class StackOutputsError extends Error {
  override readonly name = "StackOutputsError";
}

/**
 * Writes the stack's ids into fleet.yml's text through yaml's Document API, so comments, order and quoting stay as
 * the person wrote them. A subnet the stack adds gets every security group the stack outputs; an existing subnet
 * keeps its own list. Pure: the caller reads and writes the file.
 */
export function fillFleetIds(fleetText: string, outputs: StackOutputs): FleetIdsResult {
  const missing = required.filter((key) => outputs[key] === undefined);
  if (missing.length > 0) {
    throw new StackOutputsError(`the stack has no output ${missing.join(", ")}: is it orca-fleet's stack (infra/)?`);
  }
  const doc = parseDocument(fleetText);
  if (doc.errors.length > 0 || !isMap(doc.contents)) {
    throw new StackOutputsError("fleet.yml is not a YAML mapping; run orca-fleet validate first");
  }
  const changes: FleetIdChange[] = [];
  const set = (path: readonly string[], value: string) => {
    const before = doc.getIn(path);
    const current = typeof before === "string" ? before : before === undefined ? undefined : String(before);
    if (current === value) return;
    doc.setIn(path, value);
    changes.push({ path: path.join("."), before: current, after: value });
  };

  for (const [output, path] of scalarPaths) {
    const value = outputs[output];
    if (value !== undefined) set(path, value);
  }
  const named = (prefix: string) =>
    Object.entries(outputs).flatMap(([key, value]) => {
      const name = logicalNameOf(prefix, key);
      return name === undefined ? [] : [[name, value] as const];
    });
  const groups = named(securityGroupOutputPrefix);
  for (const [name, id] of groups) set(["securityGroups", name], id);
  const subnets = named(subnetOutputPrefix);
  for (const [name, id] of subnets) {
    if (!doc.hasIn(["subnets", name])) {
      doc.setIn(["subnets", name], doc.createNode({ id, securityGroups: groups.map(([group]) => group) }));
      changes.push({ path: `subnets.${name}`, before: undefined, after: id });
    } else {
      set(["subnets", name, "id"], id);
    }
  }
  const stackSubnets = new Set(subnets.map(([name]) => name));
  const existing = doc.getIn(["subnets"]);
  const unknownSubnets = isMap(existing)
    ? existing.items.map((pair) => String(pair.key)).filter((name) => !stackSubnets.has(name))
    : [];
  return { text: doc.toString(), changes, unknownSubnets };
}
