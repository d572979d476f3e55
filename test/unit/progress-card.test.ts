import { renderProgressAreaCard, renderProgressCard } from "../../cards";
import { computeProgressSummary } from "../../bot/domain/progress";
import type { ProgressFilters } from "../../bot/domain/progress-types";
import { freshness, progressAreaCardData, progressCardData } from "../../bot/flows/progress-presenter";
import { translator } from "../../bot/i18n/translator";
import { expectValidCard, MAX_CARD_BYTES } from "../support/adaptive-card-validation";
import { cardText } from "../support/bot-harness";
import { answer, daysAgo, everyoneAnswers, membersOf, NOW, progressOrg } from "./domain/progress-fixtures";

const de = { t: translator("de"), locale: "de" as const };
const en = { t: translator("en"), locale: "en" as const };

function summaryOf(config = progressOrg(), filters: ProgressFilters = { period: "cycle", group: "all" }) {
  const members = config.groups.flatMap((group) => membersOf(group.id, 6));
  const activity = everyoneAnswers(members, 2, { area: "controlling", dimension: "results" });
  const thin = [
    answer(members[0]?.memberId ?? "", daysAgo(16), {
      area: "fuehrung",
      dimension: "evaluation",
      group: members[0]?.group,
    }),
  ];
  return {
    config,
    summary: computeProgressSummary({
      config,
      members,
      facts: [...activity.facts, ...thin],
      asked: activity.asked,
      filters,
      now: NOW,
    }),
  };
}

describe("progress cards", () => {
  it("shows every status by colour and by symbol, with a legend in words", () => {
    const { config, summary } = summaryOf();
    const card = renderProgressCard(progressCardData(summary, config, de));
    expectValidCard(card);
    const json = JSON.stringify(card);
    expect(json).toContain('"text":"●","color":"Good"');
    expect(json).toContain('"text":"◐","color":"Warning"');
    expect(json).toContain('"text":"○","color":"Attention"');
    expect(cardText(card)).toContain("● genug · ◐ wenig · ○ keine");
    expect(cardText(card)).toContain(
      "Details zu QB 9 Controlling: Begründung keine, Verfahren keine, Ergebnisse genug, Bewertung keine, Schlussfolgerungen keine",
    );
  });

  it("fits one row per area on a phone: short area names and five small columns", () => {
    const { config, summary } = summaryOf();
    const text = cardText(renderProgressCard(progressCardData(summary, config, de)));
    expect(text).toContain("QB 5 Evaluation\n");
    expect(text).toContain("QB 11 Strategische Ziele\n");
    expect(text).not.toContain("QB 5 Evaluation der Bildungsprozesse");
    const english = cardText(renderProgressCard(progressCardData(summary, config, en)));
    expect(english).toContain("QB 11 Strategic goals");
    expect(english).toContain("Ra Rationale · Pr Procedures · Re Results · Ev Evaluation · Co Conclusions");
  });

  it("stays under 25 KB even with thirty groups with long names", () => {
    const groups = Array.from({ length: 30 }, (_, index) => ({
      id: `gruppe-${index}`,
      name: `Fachbereich mit recht langem Namen Nummer ${index}`,
      areas: ["leitbild" as const],
    }));
    const { config, summary } = summaryOf(progressOrg({ groups }));
    expect(summary.figures?.groups).toHaveLength(30);
    for (const scope of [de, en]) {
      const card = renderProgressCard(progressCardData(summary, config, scope));
      expectValidCard(card);
      expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(MAX_CARD_BYTES);
    }
  });

  it("shows the full area name, counts, people and freshness on the drill-down, with a way back", () => {
    const { config, summary } = summaryOf(progressOrg(), { period: "fourWeeks", group: "leitung" });
    const fuehrung = summary.figures?.areas.find((area) => area.area === "fuehrung");
    if (!fuehrung) throw new Error("no Führung");
    const card = renderProgressAreaCard(progressAreaCardData(summary, fuehrung, config, de));
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain("QB 7 Führung");
    expect(text).toContain("1 Antwort von < 5 Personen · neueste Antwort vor 2 Wochen");
    expect(text).toContain("◐ wenig");
    expect(text).toContain("Zurück zur Übersicht");
    expect(JSON.stringify(card)).toContain('"data":{"period":"fourWeeks","group":"leitung","verb":"progress.show"}');
  });

  it("says how long ago in words", () => {
    const at = (days: number) => daysAgo(days);
    const words = [0, 1, 3, 8, 15, 35, 95].map((days) => freshness(at(days), "2026-05-13", "Europe/Berlin", de));
    expect(words).toEqual([
      "heute",
      "gestern",
      "vor 3 Tagen",
      "vor 1 Woche",
      "vor 2 Wochen",
      "vor 1 Monat",
      "vor 3 Monaten",
    ]);
  });
});
