/**
 * The privacy rules for the figures managers see, as pure functions. Three rules together make
 * sure that no figure, and no difference between two figures a manager can request, is about
 * fewer than the organisation's anonymity threshold k of people:
 *
 * 1. **Populations** (this file): figures exist for whole groups of at least k members only.
 *    Smaller groups, and people in no group, are combined into "weitere"; when "weitere" would
 *    itself be smaller than k, the smallest group joins it, so that "all groups" minus the
 *    groups shown never leaves a small group to be worked out.
 * 2. **Time** (anonymity-release.ts): each of these populations releases its answers in steps,
 *    at the end of a round (a week at least), and only once k people answered since its last
 *    step. Comparing the summary before and after one person answers shows nothing.
 * 3. **Cells** (anonymity-cells.ts): a cell of the coverage map shows numbers only when k people
 *    answered in it, without recency below that; when the total could reveal what the small
 *    cells hold, one more cell keeps its numbers to itself.
 */

/** A configured group and how many of its members use the app. */
export interface GroupSize {
  id: string;
  members: number;
}

export interface GroupPartition {
  /** Groups with figures of their own, in the order given. */
  ownIds: string[];
  /** Groups counted only within "weitere", together with the people in no group, in the order given. */
  combinedIds: string[];
  /** Of the combined groups, those with k members or more, combined so that "weitere" is not a small group. */
  protectingIds: string[];
}

/**
 * Which groups get figures of their own. A group needs k members. Everything else (smaller
 * groups and people in no group) is "weitere", which must be empty or have k members too;
 * otherwise the organisation's total minus the groups shown would describe it, so the shown
 * group with the fewest members joins it until it is large enough or nothing is left.
 * Decided on membership, not on answers: the choice is the same in every period and changes
 * only when people join, leave or install the app.
 */
export function partitionGroups(
  groups: readonly GroupSize[],
  ungroupedMembers: number,
  threshold: number,
): GroupPartition {
  const own = groups.filter((group) => group.members >= threshold);
  const protecting: GroupSize[] = [];
  const restMembers = () =>
    groups.filter((group) => !own.includes(group)).reduce((sum, group) => sum + group.members, ungroupedMembers);
  for (let rest = restMembers(); rest > 0 && rest < threshold && own.length > 0; rest = restMembers()) {
    const smallest = own.reduce((min, group) => (group.members < min.members ? group : min));
    own.splice(own.indexOf(smallest), 1);
    protecting.push(smallest);
  }
  return {
    ownIds: own.map((group) => group.id),
    combinedIds: groups.filter((group) => !own.includes(group)).map((group) => group.id),
    protectingIds: groups.filter((group) => protecting.includes(group)).map((group) => group.id),
  };
}
