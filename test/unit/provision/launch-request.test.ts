import { describe, expect, it } from "vitest";
import { clientToken, maxClientTokenLength } from "../../../actions/lib/adapters/aws/client-token.js";
import { LaunchSettingsError, launchRequest } from "../../../actions/lib/adapters/aws/launch-request.js";
import { clinic, fleet } from "./fixtures.js";

const amiId = "ami-0123456789abcdef0";

describe("clientToken", () => {
  it("depends on the clinic alone, so a changed request keeps the token and EC2 reports the mismatch", () => {
    const a = clinic("kyoto-karasuma").clinic;
    const changed = { ...a, instance: { ...a.instance, type: "m6i.large" }, orca: { ...a.orca, version: "5.2.1" } };
    expect(clientToken(a)).toBe("orca-fleet-kyoto-karasuma");
    expect(clientToken(changed)).toBe(clientToken(a));
    expect(clientToken(clinic("sendai-aoba").clinic)).not.toBe(clientToken(a));
  });

  it("keeps the original token for generation 1 and makes a new one for each bumped generation", () => {
    const a = clinic("kyoto-karasuma").clinic;
    expect(clientToken({ ...a, launchGeneration: 1 })).toBe("orca-fleet-kyoto-karasuma");
    expect(clientToken({ ...a, launchGeneration: 2 })).toBe("orca-fleet-kyoto-karasuma-g2");
    expect(clientToken({ ...a, launchGeneration: 3 })).not.toBe(clientToken({ ...a, launchGeneration: 2 }));
  });

  it("fits EC2's 64 ASCII characters for the longest clinic id and generation", () => {
    const token = clientToken({ id: `a${"b".repeat(38)}c`, launchGeneration: 999 });
    expect(token.length).toBeLessThanOrEqual(maxClientTokenLength);
    expect(token).toMatch(/^[\x21-\x7e]+$/);
  });
});

describe("launchRequest", () => {
  const loaded = clinic("kyoto-karasuma");
  const request = launchRequest({ clinic: loaded.clinic, fleet, amiId, userData: "#cloud-config\n" });

  it("asks for no public address, IMDSv2 only, encrypted gp3, both protections and stop on shutdown", () => {
    expect(request.NetworkInterfaces).toEqual([
      {
        DeviceIndex: 0,
        SubnetId: "subnet-0f4d6b8a2c1e3579a",
        Groups: ["sg-0a3f5c9e1b7d24680", "sg-0c81d2e4f6a930b57"],
        AssociatePublicIpAddress: false,
        DeleteOnTermination: true,
      },
    ]);
    expect(request.MetadataOptions).toEqual({
      HttpTokens: "required",
      HttpEndpoint: "enabled",
      HttpPutResponseHopLimit: 1,
    });
    expect(request.BlockDeviceMappings?.[0]?.Ebs).toMatchObject({ VolumeType: "gp3", Encrypted: true });
    expect(request).toMatchObject({
      ImageId: amiId,
      InstanceType: "t3.large",
      MinCount: 1,
      MaxCount: 1,
      ClientToken: "orca-fleet-kyoto-karasuma",
      IamInstanceProfile: { Name: "orca-fleet-instance-kyoto-karasuma" },
      DisableApiTermination: true,
      DisableApiStop: true,
      InstanceInitiatedShutdownBehavior: "stop",
    });
    expect(request.SubnetId).toBeUndefined();
  });

  it("tags the instance and its volumes alike, and sends the user-data in base64", () => {
    const expected = [
      { Key: "orca-fleet:clinic", Value: "kyoto-karasuma" },
      { Key: "Name", Value: "orca-kyoto-karasuma" },
      { Key: "orca-fleet:orca-version", Value: "5.2.0" },
      { Key: "orca-fleet:ami", Value: amiId },
      { Key: "orca-fleet:managed-by", Value: "orca-fleet" },
    ];
    expect(request.TagSpecifications).toEqual([
      { ResourceType: "instance", Tags: expected },
      { ResourceType: "volume", Tags: expected },
    ]);
    expect(Buffer.from(request.UserData ?? "", "base64").toString("utf8")).toBe("#cloud-config\n");
  });

  it("refuses a subnet or instance type fleet.yml does not know, naming the field", () => {
    const badSubnet = { ...loaded.clinic, instance: { ...loaded.clinic.instance, subnet: "public-z" } };
    expect(() => launchRequest({ clinic: badSubnet, fleet, amiId, userData: "" })).toThrow(
      new LaunchSettingsError(
        'instance.subnet "public-z" is not in fleet.yml subnets (known: private-a, private-c, private-d)',
      ),
    );
    const badType = { ...loaded.clinic, instance: { ...loaded.clinic.instance, type: "t3.enormous" } };
    expect(() => launchRequest({ clinic: badType, fleet, amiId, userData: "" })).toThrow(
      /instance\.type "t3\.enormous"/,
    );
  });
});
