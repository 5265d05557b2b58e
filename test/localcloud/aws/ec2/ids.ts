/**
 * Resource ids in AWS's long form (prefix and 17 hex digits). A counter scrambled by a fixed odd multiplier (a
 * bijection modulo 2^64) keeps them distinct and repeatable from run to run while looking like AWS's.
 */
const multiplier = 0x9e3779b97f4a7c15n;
const modulus = 1n << 64n;

export class IdSource {
  private next = 1n;

  constructor(private readonly salt: bigint) {}

  id(prefix: string): string {
    const scrambled = ((this.next + this.salt) * multiplier) % modulus;
    this.next += 1n;
    return `${prefix}-0${scrambled.toString(16).padStart(16, "0")}`;
  }
}

export const idPatterns = {
  instance: /^i-([0-9a-f]{8}|[0-9a-f]{17})$/,
  volume: /^vol-([0-9a-f]{8}|[0-9a-f]{17})$/,
  image: /^ami-([0-9a-f]{8}|[0-9a-f]{17})$/,
  subnet: /^subnet-([0-9a-f]{8}|[0-9a-f]{17})$/,
  group: /^sg-([0-9a-f]{8}|[0-9a-f]{17})$/,
} as const;
