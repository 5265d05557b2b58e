/**
 * Where each certificate and key lives in Parameter Store, under fleet.yml's secrets.parameterPrefix. The clinic's
 * server reads these names at boot (cloud-init/scripts/fetch-secrets.sh), and its instance role may read only its
 * own folder and the fleet's CA certificate (infra/policies/instance.policy.json): the three must agree.
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

/** The name ORCA answers to, and that its server certificate's CN and SAN carry. */
export function clinicDnsName(clinicId: string, domain: string): string {
  return `${clinicId}.${domain}`;
}
