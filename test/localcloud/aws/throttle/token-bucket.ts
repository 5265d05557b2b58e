/** A token bucket as AWS meters API calls: a burst of `capacity`, refilled at `refillPerSecond`, never above capacity. */
export interface BucketSize {
  capacity: number;
  refillPerSecond: number;
}

export class TokenBucket {
  private tokens: number;
  private refilledAt: number;

  constructor(
    readonly size: BucketSize,
    private readonly nowMs: () => number,
  ) {
    this.tokens = size.capacity;
    this.refilledAt = nowMs();
  }

  /** Takes `count` tokens when the bucket holds them; otherwise takes none and answers false. */
  take(count = 1): boolean {
    this.refill();
    if (this.tokens < count) return false;
    this.tokens -= count;
    return true;
  }

  /** Puts back tokens taken for a call that another bucket then refused, so one refusal costs nothing. */
  giveBack(count: number): void {
    this.tokens = Math.min(this.size.capacity, this.tokens + count);
  }

  available(): number {
    this.refill();
    return this.tokens;
  }

  private refill(): void {
    const now = this.nowMs();
    const elapsedSeconds = Math.max(0, now - this.refilledAt) / 1000;
    this.tokens = Math.min(this.size.capacity, this.tokens + elapsedSeconds * this.size.refillPerSecond);
    this.refilledAt = now;
  }
}
