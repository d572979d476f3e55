/** A small Volkshochschule with four staff members and real-shaped German answers, for the draft tests. */
import type { CellCoverage } from "../../../bot/domain/coverage-types";
import type { AreaId, DimensionId } from "../../../bot/domain/quality-models";
import type { DraftAnswer, DraftInput, MemberAttribution } from "../../../bot/drafts/draft-input";
import type { NamedPerson } from "../../../bot/drafts/privacy";

export const MEMBERS = new Map<string, MemberAttribution & { realName: string }>([
  [
    "aad-anna",
    { pseudonym: "Person 1", displayName: "Anna Schneider", group: "paedagogik", realName: "Anna Schneider" },
  ],
  ["aad-bernd", { pseudonym: "Person 2", group: "verwaltung", realName: "Bernd Köhler" }],
  [
    "aad-claudia",
    { pseudonym: "Person 3", displayName: "Claudia Yilmaz", group: "leitung", realName: "Claudia Yilmaz" },
  ],
  ["aad-dieter", { pseudonym: "Person 4", group: "paedagogik", realName: "Dieter Wagner" }],
]);

export const KNOWN_NAMES: NamedPerson[] = [...MEMBERS.entries()].map(([memberId, member]) => ({
  name: member.realName,
  replacement: member.pseudonym,
  memberId,
}));

let counter = 0;

export function answer(
  memberId: string,
  area: AreaId,
  dimension: DimensionId,
  text: string,
  createdAt: string,
  extra: Partial<DraftAnswer> = {},
): DraftAnswer {
  counter += 1;
  return {
    answerId: `answer:delivery:2025-01-07:${String(counter).padStart(4, "0")}:${memberId}`,
    memberId,
    area,
    dimension,
    group: MEMBERS.get(memberId)?.group,
    text,
    createdAt,
    updatedAt: createdAt,
    ...extra,
  };
}

export const ANSWERS: DraftAnswer[] = [
  answer(
    "aad-anna",
    "bedarfserschliessung",
    "procedures",
    "Wir werten zweimal im Jahr die Anfragen am Infotelefon aus und besprechen sie in der Programmkonferenz.",
    "2025-03-11T09:12:00Z",
    { evidence: "Protokoll Programmkonferenz vom 12.03.2025" },
  ),
  answer(
    "aad-dieter",
    "bedarfserschliessung",
    "procedures",
    "Zweimal im Jahr werten wir die Anfragen am Infotelefon aus und besprechen sie in der Programmkonferenz.",
    "2025-03-18T10:40:00Z",
    { evidence: "Protokoll Programmkonferenz vom 12.03.2025" },
  ),
  answer(
    "aad-bernd",
    "bedarfserschliessung",
    "procedures",
    "Die Verwaltung zählt Wartelisten je Kurs und meldet volle Kurse an die Fachbereiche.",
    "2025-02-04T08:05:00Z",
  ),
  answer(
    "aad-claudia",
    "bedarfserschliessung",
    "rationale",
    "Unser Leitbild verpflichtet uns, Angebote an den Lebenslagen der Menschen im Stadtteil auszurichten.",
    "2025-01-21T13:30:00Z",
  ),
  answer(
    "aad-anna",
    "bedarfserschliessung",
    "results",
    "Aus der Auswertung sind 2024 drei neue Deutschkurse am Abend entstanden.",
    "2025-04-02T07:55:00Z",
    { evidence: "Programmheft Herbst 2024, S. 14" },
  ),
  answer(
    "aad-claudia",
    "strategische_entwicklungsziele",
    "results",
    "Das Ziel, die digitale Anmeldung einzuführen, haben wir 2023 erreicht.",
    "2025-05-06T11:00:00Z",
    { part: "11a" },
  ),
  answer(
    "aad-claudia",
    "strategische_entwicklungsziele",
    "conclusions",
    "Bis 2029 wollen wir alle Kursräume barrierefrei erreichbar machen.",
    "2025-05-06T11:05:00Z",
    { part: "11b" },
  ),
  answer(
    "aad-anna",
    "strategische_entwicklungsziele",
    "conclusions",
    "Wir möchten mehr Angebote für Eltern in Elternzeit entwickeln.",
    "2025-05-13T09:00:00Z",
  ),
  answer("aad-anna", "leitbild", "procedures", "Das Leitbild hängt in jedem Kursraum aus.", "2025-02-18T09:00:00Z"),
  // Outside the period: must not appear.
  answer("aad-dieter", "bedarfserschliessung", "results", "Eine Antwort aus dem alten Zyklus.", "2020-06-01T09:00:00Z"),
];

const COVERAGE: CellCoverage[] = [
  { area: "bedarfserschliessung", dimension: "rationale", answers: 1, contributors: 1, status: "thin" },
  { area: "bedarfserschliessung", dimension: "procedures", answers: 3, contributors: 3, status: "enough" },
  { area: "bedarfserschliessung", dimension: "results", answers: 2, contributors: 1, status: "thin" },
  { area: "bedarfserschliessung", dimension: "evaluation", answers: 0, contributors: 0, status: "none" },
  { area: "bedarfserschliessung", dimension: "conclusions", answers: 0, contributors: 0, status: "none" },
];

export function draftInput(overrides: Partial<DraftInput> = {}): DraftInput {
  return {
    organisation: {
      name: "Volkshochschule Nordstadt",
      model: "lqw",
      modelVersion: "LQW 2",
      cycleKind: "first",
      successDefinition:
        "Lernen ist gelungen, wenn Teilnehmende ihre eigenen Ziele erreichen und das Gelernte im Alltag nutzen.",
      groupNames: { paedagogik: "Pädagogik / Beratung", verwaltung: "Verwaltung", leitung: "Leitung" },
      // The organisation is larger than the four who answered: Verwaltung has one member, Leitung three.
      groupSizes: { paedagogik: 12, verwaltung: 1, leitung: 3 },
      anonymityThreshold: 5,
    },
    period: { from: "2025-01-01", to: "2025-12-31" },
    areas: ["bedarfserschliessung", "leitbild", "strategische_entwicklungsziele"],
    answers: ANSWERS,
    members: MEMBERS,
    coverage: COVERAGE,
    generatedAt: new Date("2025-06-02T08:00:00Z"),
    knownNames: KNOWN_NAMES,
    ...overrides,
  };
}
