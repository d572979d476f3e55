/** The groups of the benchmarks' large synthetic organisation, and how its members spread over them. */
import { AREA_IDS, type AreaId } from "../../bot/domain/quality-models";

export const BENCH_GROUPS: { id: string; name: string; areas: AreaId[] }[] = [
  { id: "leitung", name: "Leitung", areas: [...AREA_IDS] },
  {
    id: "kursleitende",
    name: "Kursleitende",
    areas: ["leitbild", "bedarfserschliessung", "kernprozess", "evaluation", "infrastruktur", "kundenkommunikation"],
  },
  {
    id: "verwaltung",
    name: "Verwaltung",
    areas: ["schluesselprozesse", "infrastruktur", "controlling", "kundenkommunikation"],
  },
  {
    id: "beratung",
    name: "Beratung",
    areas: ["leitbild", "bedarfserschliessung", "kernprozess", "personal", "kundenkommunikation"],
  },
];

const GROUP_SHARES: [string, number][] = [
  ["leitung", 0.05],
  ["kursleitende", 0.6],
  ["verwaltung", 0.15],
  ["beratung", 0.2],
];

/** A member's group, drawn with one call of `random` by the shares above. */
export function drawGroup(random: () => number): string {
  let roll = random();
  return GROUP_SHARES.find(([, share]) => (roll -= share) < 0)?.[0] ?? "kursleitende";
}
