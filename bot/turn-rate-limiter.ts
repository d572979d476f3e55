/**
 * Turns per member and per tenant (issue 20, item 11): a token bucket each, so a member sending
 * more than a few messages a second is told once to wait and the rest are dropped before any work
 * is done, and one tenant cannot take the instance from the others. Only the most recently seen
 * members and tenants are remembered (`maxTracked`), so memory stays bounded whoever writes.
 * It limits each sender's rate; how many turns one instance runs at once is a separate concern.
 */

export interface TurnRateLimits {
  memberPerSecond: number;
  memberBurst: number;
  tenantPerSecond: number;
  tenantBurst: number;
  /** Members (and, separately, tenants) remembered at most; the least recently seen are forgotten. */
  maxTracked: number;
}

export const DEFAULT_TURN_RATE_LIMITS: TurnRateLimits = {
  memberPerSecond: 3,
  memberBurst: 6,
  tenantPerSecond: 100,
  tenantBurst: 300,
  maxTracked: 10_000,
};

/** `admit`: run the turn; `tellToWait`: answer "einen Moment bitte" and do nothing else; `drop`: no answer at all. */
export type TurnAdmission = "admit" | "tellToWait" | "drop";

interface Bucket {
  tokens: number;
  updatedAtMs: number;
  /** Told to wait since the last admitted turn: further turns are dropped silently. */
  hasBeenTold: boolean;
}

export class TurnRateLimiter {
  private readonly members = new Map<string, Bucket>();
  private readonly tenants = new Map<string, Bucket>();

  constructor(
    private readonly limits: TurnRateLimits,
    private readonly nowMs: () => number,
  ) {}

  admit(tenantId: string, memberId: string): TurnAdmission {
    const now = this.nowMs();
    const member = this.bucket(this.members, `${tenantId}\u0000${memberId}`, this.limits.memberBurst, now);
    const tenant = this.bucket(this.tenants, tenantId, this.limits.tenantBurst, now);
    this.refill(member, this.limits.memberPerSecond, this.limits.memberBurst, now);
    this.refill(tenant, this.limits.tenantPerSecond, this.limits.tenantBurst, now);
    if (member.tokens >= 1 && tenant.tokens >= 1) {
      member.tokens -= 1;
      tenant.tokens -= 1;
      member.hasBeenTold = false;
      return "admit";
    }
    if (member.hasBeenTold) return "drop";
    member.hasBeenTold = true;
    return "tellToWait";
  }

  /** How many members and tenants are remembered now (bounded by `maxTracked` each). */
  get trackedCount(): { members: number; tenants: number } {
    return { members: this.members.size, tenants: this.tenants.size };
  }

  private bucket(map: Map<string, Bucket>, key: string, burst: number, now: number): Bucket {
    const known = map.get(key);
    // Re-inserted on every use: the map's order is then least recently seen first.
    if (known) map.delete(key);
    const bucket = known ?? { tokens: burst, updatedAtMs: now, hasBeenTold: false };
    map.set(key, bucket);
    while (map.size > this.limits.maxTracked) {
      const oldest = map.keys().next().value;
      if (oldest === undefined) break;
      map.delete(oldest);
    }
    return bucket;
  }

  private refill(bucket: Bucket, perSecond: number, burst: number, now: number): void {
    const elapsedMs = Math.max(0, now - bucket.updatedAtMs);
    bucket.tokens = Math.min(burst, bucket.tokens + (elapsedMs / 1000) * perSecond);
    bucket.updatedAtMs = now;
  }
}
