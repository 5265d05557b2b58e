/** An AMI id as EC2 writes it: `ami-` and 8 (older) or 17 hex digits. */
export const amiIdPattern = /^ami-[0-9a-f]{8,17}$/;
