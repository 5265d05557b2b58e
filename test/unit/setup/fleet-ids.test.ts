import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkFleetText } from "../../../actions/lib/core/registry/check-file.js";
import { logicalNameOf, outputKeyFor } from "../../../actions/lib/core/stack-outputs.js";
import { fillFleetIds, StackOutputsError } from "../../../actions/lib/flows/setup/fleet-ids.js";

const exampleFleet = readFileSync("clinics/fleet.yml", "utf8");

/** What a deployed stack in Osaka answers, with ids unlike the example's. */
const osaka = {
  Region: "ap-northeast-3",
  VpcId: "vpc-0123456789abcdef0",
  ZoneId: "Z0999999OSAKA",
  Domain: "orca.osaka.internal",
  BackupBucket: "orca-fleet-ap-northeast-3-backupsbucket-1a2b3c",
  InstanceProfilePrefix: "orca-fleet-instance",
  AmiParameter: "/orca-fleet/golden-ami",
  SecretsPrefix: "/orca-fleet/secrets",
  VolumesKeyArn: "arn:aws:kms:ap-northeast-3:111122223333:key/11111111-2222-3333-4444-555555555555",
  SubnetPrivateA: "subnet-0aaaaaaaaaaaaaaaa",
  SubnetPrivateB: "subnet-0bbbbbbbbbbbbbbbb",
  SubnetPrivateC: "subnet-0cccccccccccccccc",
  SecurityGroupOrcaApi: "sg-0111111111111111a",
  SecurityGroupSsmEndpoints: "sg-0222222222222222b",
};

describe("fillFleetIds", () => {
  const result = fillFleetIds(exampleFleet, osaka);
  const fleet = checkFleetText(result.text, "fleet.yml").fleet;

  it("writes every id the stack has into a fleet.yml that still validates", () => {
    expect(fleet).toMatchObject({
      region: "ap-northeast-3",
      instanceProfile: "orca-fleet-instance",
      ami: { parameter: "/orca-fleet/golden-ami" },
      dns: { zoneId: "Z0999999OSAKA", domain: "orca.osaka.internal" },
      backup: { bucket: osaka.BackupBucket },
      securityGroups: { "orca-api": "sg-0111111111111111a", "ssm-endpoints": "sg-0222222222222222b" },
    });
    expect(fleet?.subnets["private-a"]?.id).toBe("subnet-0aaaaaaaaaaaaaaaa");
    expect(fleet?.subnets["private-c"]?.id).toBe("subnet-0cccccccccccccccc");
  });

  it("adds a subnet fleet.yml lacks with the stack's groups, keeps one the stack lacks, and says so", () => {
    expect(fleet?.subnets["private-b"]).toEqual({
      id: "subnet-0bbbbbbbbbbbbbbbb",
      securityGroups: ["orca-api", "ssm-endpoints"],
    });
    expect(fleet?.subnets["private-d"]?.id).toBe("subnet-0f4d6b8a2c1e3579a");
    expect(result.unknownSubnets).toEqual(["private-d"]);
  });

  it("keeps every comment and every setting the stack does not own", () => {
    for (const comment of exampleFleet.split("\n").filter((line) => line.trimStart().startsWith("#"))) {
      expect(result.text).toContain(comment);
    }
    const before = parse(exampleFleet);
    const after = parse(result.text);
    for (const key of ["locale", "instanceTypes", "rollout", "liveness"]) expect(after[key]).toEqual(before[key]);
    expect(after.backup.retentionDays).toBe(before.backup.retentionDays);
  });

  it("lists what it changed, and changes nothing the second time", () => {
    expect(result.changes).toContainEqual({
      path: "dns.zoneId",
      before: "Z04417562QX8HN3KVTB1E",
      after: "Z0999999OSAKA",
    });
    expect(result.changes).toContainEqual({
      path: "subnets.private-b",
      before: undefined,
      after: "subnet-0bbbbbbbbbbbbbbbb",
    });
    const again = fillFleetIds(result.text, osaka);
    expect(again).toEqual({ text: result.text, changes: [], unknownSubnets: ["private-d"] });
  });

  it("refuses outputs that are not the fleet stack's", () => {
    expect(() => fillFleetIds(exampleFleet, { BucketName: "x" })).toThrow(StackOutputsError);
    expect(() =>
      fillFleetIds(exampleFleet, { ...osaka, ZoneId: undefined } as unknown as Record<string, string>),
    ).toThrow(/no output ZoneId/);
  });
});

describe("stack output keys", () => {
  it("map fleet.yml's logical names there and back", () => {
    const word = fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (words) => {
        const name = words.join("-");
        expect(logicalNameOf("Subnet", outputKeyFor("Subnet", name))).toBe(name);
      }),
    );
    expect(outputKeyFor("SecurityGroup", "ssm-endpoints")).toBe("SecurityGroupSsmEndpoints");
    expect(logicalNameOf("Subnet", "SecurityGroupOrcaApi")).toBeUndefined();
    expect(() => outputKeyFor("Subnet", "private-1")).toThrow(/not a logical name/);
  });
});
