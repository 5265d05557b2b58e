import { aws_ec2 as ec2, aws_route53 as route53, Tags } from "aws-cdk-lib";
import { Construct } from "constructs";
import { type JapaneseRegion, japaneseRegions } from "./regions.js";

export interface NetworkProps {
  region: JapaneseRegion;
  /** The VPC's address range; clinic servers get addresses from its private subnets. */
  cidr: string;
  /** Who may call ORCA's API on port 8000 (the EMR's servers); the VPC's own range by default. */
  orcaApiClients: readonly string[] | undefined;
  /** The private zone's domain (fleet.yml dns.domain). */
  domain: string;
}

/** The interface endpoints a private instance needs for SSM (Run Command, Session Manager), KMS and its logs. */
const interfaceEndpoints = {
  Ssm: ec2.InterfaceVpcEndpointAwsService.SSM,
  SsmMessages: ec2.InterfaceVpcEndpointAwsService.SSM_MESSAGES,
  Ec2Messages: ec2.InterfaceVpcEndpointAwsService.EC2_MESSAGES,
  Kms: ec2.InterfaceVpcEndpointAwsService.KMS,
  Logs: ec2.InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS,
};

/** ORCA's API and browser UI (HTTPS with client certificates once configured). */
export const orcaApiPort = 8000;

/**
 * The fleet's network: private subnets only, in three availability zones, with no internet gateway and no NAT.
 * Instances reach AWS through interface endpoints and S3 through a gateway endpoint, and nothing reaches them from
 * the internet.
 */
export class FleetNetwork extends Construct {
  readonly vpc: ec2.Vpc;
  /** fleet.yml's logical subnet names (private-a, ...) to their subnets. */
  readonly subnets: ReadonlyMap<string, ec2.ISubnet>;
  /** fleet.yml's logical security group names to their groups. */
  readonly securityGroups: ReadonlyMap<string, ec2.SecurityGroup>;
  /** Packer's build instance: its own group, so the bake role can be bound to it. */
  readonly buildSecurityGroup: ec2.SecurityGroup;
  readonly buildSubnet: ec2.ISubnet;
  readonly zone: route53.PrivateHostedZone;

  constructor(scope: Construct, id: string, props: NetworkProps) {
    super(scope, id);
    const zones = japaneseRegions[props.region];
    this.vpc = new ec2.Vpc(this, "Vpc", {
      ipAddresses: ec2.IpAddresses.cidr(props.cidr),
      availabilityZones: zones.map((zone) => `${props.region}${zone}`),
      natGateways: 0,
      createInternetGateway: false,
      subnetConfiguration: [{ name: "private", subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 20 }],
      enableDnsHostnames: true,
      enableDnsSupport: true,
      // The default group's rules are removed by a Lambda-backed custom resource; nothing here uses the group.
      restrictDefaultSecurityGroup: false,
      gatewayEndpoints: { S3: { service: ec2.GatewayVpcEndpointAwsService.S3 } },
    });
    Tags.of(this.vpc).add("orca-fleet:managed-by", "orca-fleet");
    // CDK's Vpc declares `vpnGatewayId?: string` without `| undefined`, which exactOptionalPropertyTypes reads as
    // not being an IVpc; it is one at run time.
    const vpc = this.vpc as unknown as ec2.IVpc;

    this.subnets = new Map(this.vpc.isolatedSubnets.map((subnet, index) => [`private-${zones[index]}`, subnet]));
    const [firstSubnet] = this.vpc.isolatedSubnets;
    if (firstSubnet === undefined) throw new Error("the VPC has no private subnet");
    this.buildSubnet = firstSubnet;

    const endpoints = new ec2.SecurityGroup(this, "SsmEndpoints", {
      vpc,
      description: "orca-fleet: members reach the VPC endpoints over HTTPS",
      allowAllOutbound: false,
    });
    endpoints.addIngressRule(endpoints, ec2.Port.tcp(443), "members call the endpoints");
    // Without an internet gateway or NAT, an address outside the VPC is reachable only through the S3 gateway
    // endpoint's route, so this rule opens S3 and nothing else.
    endpoints.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), "the endpoints and S3's gateway endpoint");

    const orcaApi = new ec2.SecurityGroup(this, "OrcaApi", {
      vpc,
      description: "orca-fleet: ORCA API and UI from the EMR servers only",
      allowAllOutbound: false,
    });
    for (const cidr of props.orcaApiClients ?? [this.vpc.vpcCidrBlock]) {
      orcaApi.addIngressRule(ec2.Peer.ipv4(cidr), ec2.Port.tcp(orcaApiPort), "ORCA API clients");
    }

    this.buildSecurityGroup = new ec2.SecurityGroup(this, "Build", {
      vpc,
      description: "orca-fleet: the Packer build instance, reached through Session Manager only",
      allowAllOutbound: false,
    });
    this.buildSecurityGroup.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), "endpoints, S3 and packages");
    endpoints.addIngressRule(this.buildSecurityGroup, ec2.Port.tcp(443), "the build instance calls the endpoints");

    for (const [name, service] of Object.entries(interfaceEndpoints)) {
      this.vpc.addInterfaceEndpoint(name, {
        service,
        securityGroups: [endpoints],
        privateDnsEnabled: true,
        // Reached only by members of the endpoints group, not by the whole VPC.
        open: false,
        subnets: { subnets: this.vpc.isolatedSubnets },
      });
    }
    this.securityGroups = new Map([
      ["orca-api", orcaApi],
      ["ssm-endpoints", endpoints],
    ]);

    this.zone = new route53.PrivateHostedZone(this, "Zone", {
      zoneName: props.domain,
      vpc,
      comment: "orca-fleet: one A record per clinic server",
    });
  }
}
