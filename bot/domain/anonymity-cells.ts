/**
 * The cell rule of the managers' figures (see anonymity.ts): which cells of the coverage map
 * may show their numbers. The organisation's total of answers is the sum of all cells, so the
 * cells that show no numbers must together hold nobody or at least k people; otherwise the
 * total minus the cells shown would tell what fewer than k people gave.
 */

/** The answers in one cell and the people who gave them. */
export interface CellPeople<Person> {
  answers: number;
  people: ReadonlySet<Person>;
}

/**
 * shown: k people or more, numbers shown. fewerThan: fewer than k people (perhaps none), no
 * numbers and no recency. withheld: k people or more, numbers kept back so that the cells with
 * fewer cannot be worked out from the total.
 */
export type CellDisclosure = "shown" | "withheld" | "fewerThan";

/**
 * Cells below k show no numbers. If the cells without numbers then hold between one and k − 1
 * people together, the shown cell with the fewest answers withholds its numbers too; with its
 * k people the rest is large enough. (If they hold nobody, the total says only that nobody
 * answered there, which is about no one.)
 */
export function discloseCells<Person>(cells: readonly CellPeople<Person>[], threshold: number): CellDisclosure[] {
  const disclosure: CellDisclosure[] = cells.map((cell) => (cell.people.size >= threshold ? "shown" : "fewerThan"));
  const hidden = cells.filter((_, index) => disclosure[index] !== "shown");
  if (hidden.length === 0) return disclosure;
  const people = new Set<Person>();
  for (const cell of hidden) for (const id of cell.people) people.add(id);
  if (people.size === 0 || people.size >= threshold) return disclosure;
  let fewest = -1;
  cells.forEach((cell, index) => {
    const current = cells[fewest];
    if (disclosure[index] === "shown" && (!current || cell.answers < current.answers)) fewest = index;
  });
  if (fewest >= 0) disclosure[fewest] = "withheld";
  return disclosure;
}
