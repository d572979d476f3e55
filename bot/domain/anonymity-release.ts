/**
 * The time rule of the managers' figures (see anonymity.ts): a population's answers show in
 * steps, at the end of a round, and only once k people answered since its last step. So one
 * person answering changes nothing a manager can see, and whatever changes between two looks
 * is the doing of k people or more.
 */

/** What one population did in one round: the people behind every figure of the round (each at least once). */
export interface RoundActivity<Person> {
  /** People who answered in the round. */
  respondents: Iterable<Person>;
  /** People who were asked or answered in the round. */
  active: Iterable<Person>;
}

/**
 * The round ends at which a population's figures may stand, as indices into the round
 * boundaries (0 is the cycle start, i + 1 the end of round i). A round end becomes one when,
 * since the previous, at least k people answered; or nobody answered and nobody, or at least k
 * people, were asked. Rounds in between wait for the next: every step holds k people or nobody.
 */
export function releasePoints<Person>(rounds: readonly RoundActivity<Person>[], threshold: number): number[] {
  const points = [0];
  let respondents = new Set<Person>();
  let active = new Set<Person>();
  rounds.forEach((round, index) => {
    for (const id of round.respondents) respondents.add(id);
    for (const id of round.active) active.add(id);
    const isStep =
      respondents.size >= threshold || (respondents.size === 0 && (active.size === 0 || active.size >= threshold));
    if (!isStep) return;
    points.push(index + 1);
    respondents = new Set();
    active = new Set();
  });
  return points;
}

/** The latest release point at or before a boundary index (0, the cycle start, at the latest). */
export function pointAtOrBefore(points: readonly number[], boundaryIndex: number): number {
  let found = 0;
  for (const point of points) if (point <= boundaryIndex) found = point;
  return found;
}
