/**
 * Where each certificate and key lives in Parameter Store, under fleet.yml's secrets.parameterPrefix. The clinic's
 * server reads these names at boot (cloud-init/scripts/fetch-secrets.sh and probe-credentials.sh), and its instance
 * role may read only its own folder and the fleet's CA certificate (infra/policies/instance.policy.json): the three
 * must agree.
 */
export interface ClinicCertificateNames {
  serverCert: string;
  serverKey: string;
  clientCert: string;
  clientKey: string;
}

export function caCertName(prefix: string): string {
  return `${prefix}/tls/ca.crt`;
}

export function clinicCertificateNames(prefix: string, clinicId: string): ClinicCertificateNames {
  const folder = `${prefix}/${clinicId}/tls`;
  return {
    // ORCA's SERVER_CRT and SERVER_PEM (DOMAIN.md): the server's certificate and its private key.
    serverCert: `${folder}/server.crt`,
    serverKey: `${folder}/server.pem`,
    // The healthcheck's probe presents this one to ORCA's client verification.
    clientCert: `${folder}/client.crt`,
    clientKey: `${folder}/client.pem`,
  };
}

/**
 * The ORCA API operator the healthcheck signs in as (HTTP Basic): its login and password, which the clinic's server
 * writes into a root-only netrc at boot (cloud-init/scripts/probe-credentials.sh). Set by a person with
 * `aws ssm put-parameter --type SecureString`; the toolkit never prints them.
 */
export function apiOperatorNames(prefix: string, clinicId: string): { login: string; password: string } {
  const folder = `${prefix}/${clinicId}/api-operator`;
  return { login: `${folder}/login`, password: `${folder}/password` };
}

/** The name ORCA answers to, and that its server certificate's CN and SAN carry. */
export function clinicDnsName(clinicId: string, domain: string): string {
  return `${clinicId}.${domain}`;
}
