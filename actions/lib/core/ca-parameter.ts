/**
 * Where the fleet's CA can live instead of the operator's folder: two SecureString parameters under a path of its
 * own, encrypted with a KMS key whose key policy lets only the operator role use it (infra/ca-key.ts). No workflow
 * or instance policy reaches this path (test/unit/iam/ca-key.test.ts).
 */
export const caParameter = {
  path: "/orca-fleet/ca",
  privateKey: "/orca-fleet/ca/private-key",
  certificate: "/orca-fleet/ca/certificate",
  keyAlias: "alias/orca-fleet/ca",
  operatorRole: "orca-fleet-operator",
} as const;
