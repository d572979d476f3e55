import * as path from "node:path";
import { compileDraft } from "../../../bot/drafts/compile-draft";
import { renderMarkdown } from "../../../bot/drafts/render-markdown";
import {
  ANSWERS,
  LAST_PERIOD_ANSWERS,
  LAST_PERIOD_GOAL_LIST,
  musterstadtInput,
  RECERTIFICATION_ORGANISATION,
} from "../../fixtures/vhs-musterstadt";
import { compareWithGolden } from "./golden-file";

const FIXTURE_DIR = path.join(__dirname, "..", "..", "fixtures", "vhs-musterstadt");

/** The headings, and the one line under a topic that names its reflection moves without statements. */
function headings(markdown: string): string[] {
  return markdown
    .split("\n")
    .filter((line) => line.startsWith("#") || /^_(?:Noch keine Aussagen zu|No statements yet on):/.test(line));
}

/**
 * A topic's heading, a heading for each reflection move that has statements, then one line naming
 * the moves without any ("Noch keine Aussagen zu: Ergebnisse, Bewertung.") instead of a heading
 * and "Noch keine Aussagen." for each.
 */
function topicLines(heading: string, moveLevel: number, all: readonly string[], withStatements: readonly string[]) {
  const missing = all.filter((move) => !withStatements.includes(move));
  const lead = all[0] === "Begründung" ? "Noch keine Aussagen zu:" : "No statements yet on:";
  return [
    heading,
    ...all.filter((move) => withStatements.includes(move)).map((move) => `${"#".repeat(moveLevel)} ${move}`),
    ...(missing.length > 0 ? [`_${lead} ${missing.join(", ")}._`] : []),
  ];
}
const MOVES_DE = ["Begründung", "Verfahren", "Ergebnisse", "Bewertung", "Schlussfolgerungen"];
const MOVES_EN = ["Rationale", "Procedures", "Results", "Evaluation", "Conclusions"];

describe("Musterstadt re-certification draft of QB 11 (golden)", () => {
  const markdown = renderMarkdown(
    compileDraft(
      musterstadtInput({
        organisation: RECERTIFICATION_ORGANISATION,
        areas: ["strategische_entwicklungsziele"],
        answers: [...ANSWERS, ...LAST_PERIOD_ANSWERS],
      }),
    ),
  );

  it("reads exactly like the reviewed draft", () => {
    expect(compareWithGolden(markdown, path.join(FIXTURE_DIR, "draft-recertification.golden.md"))).toBeUndefined();
  });

  it("reports last period's goals under 11a, one heading per agreed goal, and new goals under 11b by requirement, each by the moves it has statements for", () => {
    const topic = (heading: string, ...moves: string[]) => topicLines(heading, 5, MOVES_DE, moves);
    const goal = (title: string) => `#### Ziel „${title}“ (vereinbart am 15.06.2022)`;
    const [online, evaluation, access, cooperation] = LAST_PERIOD_GOAL_LIST.map(({ title }) => goal(title)) as [
      string,
      string,
      string,
      string,
    ];
    expect(headings(markdown)).toEqual([
      "# Selbstreport – Entwurf",
      "## Inhalt",
      "## QB 11 · Strategische Entwicklungsziele",
      "### 11a · Was wurde aus den Zielen der letzten Periode?",
      ...topic(online, "Ergebnisse"),
      ...topic(evaluation, "Ergebnisse"),
      ...topic(access, "Bewertung", "Schlussfolgerungen"),
      ...topic(cooperation, "Bewertung"),
      ...topic("#### Ohne Zuordnung zu einem Ziel", "Begründung", "Verfahren", "Bewertung"),
      "### 11b · Neue strategische Entwicklungsziele",
      ...topic(
        "#### Anforderung 11.1 · Entwicklungsziele aus der Selbstevaluation ableiten",
        "Begründung",
        "Verfahren",
        "Schlussfolgerungen",
      ),
      ...topic("#### Anforderung 11.2 · Ziele mit allen Gruppen vereinbaren", "Begründung", "Schlussfolgerungen"),
      ...topic("#### Ohne Zuordnung zu einer Anforderung", "Schlussfolgerungen"),
      "### Nachweise in diesem Bereich",
      "### Klärungsbedarf",
      "### Seit dem letzten Selbstreport",
      "### Lücken",
      "### Quellen",
      "## Nachweise",
    ]);
    expect(markdown).toContain("_Noch keine Aussagen zu: Begründung, Verfahren, Bewertung, Schlussfolgerungen._");
    const part11b = markdown.indexOf("### 11b");
    expect(markdown.indexOf("Das Ziel zur Barrierefreiheit übernehmen wir in die neue Periode")).toBeLessThan(part11b);
    expect(
      markdown.indexOf("Ziel 3: Jeder Fachbereich bietet mindestens ein Blended-Learning-Format an"),
    ).toBeGreaterThan(part11b);
    expect(markdown).toContain("- **Testierung:** Retestierung");
  });
});

describe("Musterstadt draft with English headings (golden)", () => {
  const markdown = renderMarkdown(
    compileDraft(
      musterstadtInput({ locale: "en", areas: ["controlling", "leitbild", "strategische_entwicklungsziele"] }),
    ),
  );

  it("reads exactly like the reviewed draft", () => {
    expect(compareWithGolden(markdown, path.join(FIXTURE_DIR, "draft-en.golden.md"))).toBeUndefined();
  });

  it("has English headings and labels around the staff's German statements, with ISO dates", () => {
    const closing = ["### Evidence in this area", "### Points to clarify", "### Gaps", "### Sources"];
    const topic = (heading: string, level: number, ...moves: string[]) =>
      topicLines(`${"#".repeat(level)} ${heading}`, level + 1, MOVES_EN, moves);
    expect(headings(markdown)).toEqual([
      "# Self-report – draft",
      "## Contents",
      "## QB 1 · Mission statement",
      ...topic("Requirement 1.1 · Leitbild gemeinsam erarbeitet und beschlossen", 3, "Rationale", "Procedures"),
      ...topic(
        "Requirement 1.2 · Eigene Definition gelungenen Lernens",
        3,
        "Rationale",
        "Procedures",
        "Results",
        "Evaluation",
      ),
      ...topic(
        "Requirement 1.3 · Leitbild bekannt machen: Einführung, Aushang, Website",
        3,
        "Procedures",
        "Conclusions",
      ),
      "### Requirement 1.4 · Leitbild regelmäßig überprüfen",
      ...topic("Not assigned to a requirement", 3, ...MOVES_EN),
      ...closing,
      "## QB 9 · Controlling",
      ...topic(
        "Requirement 9.1 · Kennzahlen und Controlling-Bericht",
        3,
        "Rationale",
        "Procedures",
        "Evaluation",
        "Conclusions",
      ),
      ...topic("Requirement 9.2 · Plan-Ist-Vergleich mit dem Wirtschaftsplan", 3, "Procedures"),
      ...topic("Requirement 9.3 · Belegung und Teilnahmestatistik", 3, "Procedures", "Results", "Conclusions"),
      ...topic("Not assigned to a requirement", 3, "Results", "Evaluation"),
      ...closing,
      "## QB 11 · Strategic development goals",
      "### New strategic development goals",
      ...topic(
        "Requirement 11.1 · Entwicklungsziele aus der Selbstevaluation ableiten",
        4,
        "Rationale",
        "Procedures",
        "Conclusions",
      ),
      ...topic("Requirement 11.2 · Ziele mit allen Gruppen vereinbaren", 4, "Rationale", "Evaluation", "Conclusions"),
      ...topic("Not assigned to a requirement", 4, "Conclusions"),
      ...closing,
      "## Evidence",
    ]);
    // A requirement without any statement yet says so, instead of five empty dimensions.
    expect(markdown).toContain("### Requirement 1.4 · Leitbild regelmäßig überprüfen\n\n_Not yet addressed._");
    expect(markdown).toContain("**Draft – for editing**");
    expect(markdown).toContain("- **Period:** 2025-02-01 – 2026-03-31");
    expect(markdown).toContain("- **Only one statement, from one person, for Rationale.**");
    expect(markdown).toContain("| Source | Person | Group | Date |");
    expect(markdown).toMatch(/\[\^A\d+\]: Person \d+ · Kursleitende · 20\d\d-\d\d-\d\d/);
    expect(markdown).toContain("Das Leitbild hängt am Empfang, in allen Kursräumen und steht auf der Website");
  });
});
