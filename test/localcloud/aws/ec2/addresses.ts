import { AwsError } from "../types.js";
import type { Subnet } from "./model.js";

/** Private addresses from a subnet's range; AWS reserves the first four and the last address of every subnet. */
export class AddressPool {
  private next = 4;
  private readonly released: number[] = [];
  private readonly base: number;
  private readonly size: number;

  constructor(readonly subnet: Subnet) {
    const [address, bits] = subnet.cidr.split("/");
    const octets = (address ?? "").split(".").map(Number);
    this.base = octets.reduce((sum, octet) => sum * 256 + octet, 0);
    this.size = 2 ** (32 - Number(bits));
  }

  allocate(): string {
    const offset = this.released.pop() ?? this.next;
    if (offset >= this.size - 1) {
      throw new AwsError(
        "InsufficientFreeAddressesInSubnet",
        `There are not enough free addresses in subnet '${this.subnet.id}' to satisfy the requested number of instances.`,
      );
    }
    if (offset === this.next) this.next++;
    const value = this.base + offset;
    return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join(".");
  }

  release(address: string): void {
    const value = address.split(".").reduce((sum, octet) => sum * 256 + Number(octet), 0);
    this.released.push(value - this.base);
  }
}
