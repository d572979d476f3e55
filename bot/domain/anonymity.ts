/**
 * The privacy rules for the figures managers see: a figure exists only when it is computed over
 * at least the organisation's anonymity threshold k of people. Groups too small for figures of
 * their own are combined into "weitere", and a combination is only shown when what is left over
 * is itself large enough, so that no small group can be worked out by subtraction.
 */

/** The people behind one bucket of figures (a group, the combined rest, the organisation). */
export interface PeopleBucket {
  id: string;
  /** Installed members currently in the bucket. */
  members: number;
  /** Distinct people who answered in the period. */
  respondents: ReadonlySet<string>;
  /** Distinct people who were asked or answered in the period. */
  active: ReadonlySet<string>;
}

/** Enough members and enough respondents for figures of its own. */
export function isLargeEnough(bucket: Pick<PeopleBucket, "members" | "respondents">, threshold: number): boolean {
  return bucket.members >= threshold && bucket.respondents.size >= threshold;
}

/** A count of people: exact from the threshold up, otherwise only "fewer than k". */
export type PeopleCount = { kind: "count"; value: number } | { kind: "fewerThan"; threshold: number };

export function peopleCount(count: number, threshold: number): PeopleCount {
  return count >= threshold ? { kind: "count", value: count } : { kind: "fewerThan", threshold };
}

export interface GroupPartition {
  /** Groups with figures of their own, in the order given. */
  shownIds: string[];
  /** Groups combined into "weitere" (shown together), in the order given. */
  combinedIds: string[];
  /** Groups without any figure: too small even when combined. */
  omittedIds: string[];
  /** The combined rest ("weitere") is shown; it then also holds the people in no group. */
  isRestShown: boolean;
}

function union(buckets: readonly PeopleBucket[], pick: (bucket: PeopleBucket) => ReadonlySet<string>): Set<string> {
  const all = new Set<string>();
  for (const bucket of buckets) for (const id of pick(bucket)) all.add(id);
  return all;
}

/** The rest as one bucket: the groups not shown plus the people in no group. */
function combineBuckets(id: string, buckets: readonly PeopleBucket[]): PeopleBucket {
  return {
    id,
    members: buckets.reduce((sum, bucket) => sum + bucket.members, 0),
    respondents: union(buckets, (bucket) => bucket.respondents),
    active: union(buckets, (bucket) => bucket.active),
  };
}

/**
 * Which groups get figures of their own. A group needs k members and k respondents. Everything
 * not shown (small groups and people in no group) is the rest: shown as "weitere" when it is
 * large enough itself, left out when nobody in it was active (nothing to subtract). Otherwise
 * the organisation's total minus the shown groups would reveal the rest, so the shown group
 * with the fewest respondents joins the rest, until the rest is large enough or nothing is left.
 */
export function partitionGroups(
  groups: readonly PeopleBucket[],
  ungrouped: PeopleBucket,
  threshold: number,
): GroupPartition {
  const shown = groups.filter((group) => isLargeEnough(group, threshold));
  for (;;) {
    const restGroups = groups.filter((group) => !shown.includes(group));
    const rest = combineBuckets("rest", [...restGroups, ungrouped]);
    const isRestShown = rest.active.size > 0 && isLargeEnough(rest, threshold);
    if (isRestShown || rest.active.size === 0 || shown.length === 0) {
      const restIds = restGroups.map((group) => group.id);
      return {
        shownIds: shown.map((group) => group.id),
        combinedIds: isRestShown ? restIds : [],
        omittedIds: isRestShown ? [] : restIds,
        isRestShown,
      };
    }
    shown.splice(shown.indexOf(smallest(shown)), 1);
  }
}

function smallest(buckets: readonly PeopleBucket[]): PeopleBucket {
  return buckets.reduce((min, bucket) =>
    bucket.respondents.size < min.respondents.size ||
    (bucket.respondents.size === min.respondents.size && bucket.members < min.members)
      ? bucket
      : min,
  );
}
