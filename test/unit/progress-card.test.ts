import { renderProgressAreaCard, renderProgressCard } from "../../cards";
import { computeProgressSummary } from "../../bot/domain/progress";
import type { ProgressFilters } from "../../bot/domain/progress-types";
import { progressAreaCardData, progressCardData } from "../../bot/presenters/progress-presenter";
import { translator } from "../../bot/i18n/translator";
import { expectValidCard, MAX_CARD_BYTES } from "../support/adaptive-card-validation";
import { cardText } from "../support/card-inspection";
import { answer, daysAgo, everyoneAnswers, membersOf, NOW, progressOrg } from "./domain/progress-fixtures";

const de = { t: translator("de"), locale: "de" as const };
const en = { t: translator("en"), locale: "en" as const };

/** Six people per group; everyone answered on controlling's results 9 days ago, seven of them on leitbild 40 days ago, one on Führung. */
function summaryOf(config = progressOrg(), filters: ProgressFilters = { period: "cycle", group: "all" }) {
  const members = config.groups.flatMap((group) => membersOf(group.id, 6));
  const results = everyoneAnswers(members, 9, { area: "controlling", dimension: "results" });
  const rationale = everyoneAnswers(members.slice(0, 7), 40, { area: "leitbild", dimension: "rationale" });
  const first = members[0];
  const one = first
    ? [answer(first.memberId, daysAgo(16), { area: "fuehrung", dimension: "evaluation", group: first.group })]
    : [];
  return {
    config,
    summary: computeProgressSummary({
      config,
      members,
      facts: [...results.facts, ...rationale.facts, ...one],
      asked: [...results.asked, ...rationale.asked],
      filters,
      now: NOW,
    }),
  };
}

function areaCard(area: string, scope: typeof de | typeof en = de, filters?: ProgressFilters) {
  const { config, summary } = summaryOf(progressOrg(), filters);
  const found = summary.figures?.areas.find((candidate) => candidate.area === area);
  if (!found) throw new Error(`no ${area}`);
  return renderProgressAreaCard(progressAreaCardData(summary, found, config, scope));
}

describe("progress cards", () => {
  it("shows every status by colour and by symbol, with a legend in words", () => {
    const { config, summary } = summaryOf();
    const card = renderProgressCard(progressCardData(summary, config, de));
    expectValidCard(card);
    const json = JSON.stringify(card);
    expect(json).toContain('"text":"●","color":"Good"');
    expect(json).toContain('"text":"○","color":"Attention"');
    expect(cardText(card)).toContain("● genug · ◐ wenig · ○ unter 5 Personen");
    expect(cardText(card)).toContain(
      "Details zu QB 9 Controlling: Begründung unter 5 Personen, Verfahren unter 5 Personen, Ergebnisse genug, Bewertung unter 5 Personen, Schlussfolgerungen unter 5 Personen",
    );
  });

  it("says in words how far the figures reach and why new answers wait", () => {
    const { config, summary } = summaryOf();
    const text = cardText(renderProgressCard(progressCardData(summary, config, de)));
    expect(text).toContain("Zeitraum: Ganzer Zyklus (5. Januar 2026 – 10. Mai 2026) · Alle Gruppen");
    expect(text).toContain(
      "Stand: 10. Mai 2026. Neue Antworten zählen erst nach Ende einer Fragerunde (eine Woche) und sobald seit dem letzten Stand mindestens 5 Personen geantwortet haben – so lässt sich keine einzelne Antwort erkennen.",
    );
    expect(text).toContain("Immer der ganze Zyklus und alle Gruppen.");
    const english = cardText(renderProgressCard(progressCardData(summary, config, en)));
    expect(english).toContain("As of 10 May 2026. New answers count once a round of questions (one week) has ended");
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

  it("shows the full area name, counts, people and how recent, with a way back", () => {
    const card = areaCard("controlling", de, { period: "fourWeeks", group: "leitung" });
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain("QB 9 Controlling");
    expect(text).toContain("Beratungszentrum Nord · Ganzer Zyklus bis 10. Mai 2026 · alle Gruppen");
    expect(text).toContain("1 von 5 Dimensionen hat genug Antworten.");
    expect(text).toContain("Ergebnisse\n18 Antworten von 18 Personen · zuletzt ergänzt bis 10. Mai 2026\n● genug");
    expect(text).toContain("Zurück zur Übersicht");
    expect(JSON.stringify(card)).toContain('"data":{"period":"fourWeeks","group":"leitung","verb":"progress.show"}');
  });

  it("says why a cell has no numbers: fewer than k people, or kept back so a smaller one cannot be worked out", () => {
    const fuehrung = cardText(areaCard("fuehrung"));
    expect(fuehrung).toContain(
      "Bewertung\nAntworten von weniger als 5 Personen oder noch keine – Zahlen gibt es erst ab 5 Personen.\n○ unter 5 Personen",
    );
    expect(fuehrung).not.toMatch(/\b1 Antwort|heute|gestern|vor \d/);
    // One person's one answer on Führung: the total minus the cells shown would reveal it, so the smaller shown cell keeps its numbers back.
    const leitbild = cardText(areaCard("leitbild"));
    expect(leitbild).toContain(
      "Begründung\nVon mindestens 5 Personen · genaue Zahlen verdeckt, damit sich die Zahlen kleinerer Dimensionen nicht aus der Summe herausrechnen lassen · zuletzt ergänzt bis 10. Mai 2026\n● genug",
    );
    expect(cardText(areaCard("leitbild", en))).toContain(
      "From at least 5 people · exact figures hidden, so that the figures of smaller dimensions cannot be worked out from the total",
    );
  });
});
