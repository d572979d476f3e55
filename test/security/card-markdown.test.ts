/**
 * Text a person typed (a display name, an answer) shows on cards as text, never as Markdown:
 * Teams renders Markdown in a TextBlock, so such text goes into a TextRun (which has no Markdown),
 * and a display name "[Bitte neu anmelden](https://…)" is not a link on a quality officer's card.
 */
import { renderNoticeCard, renderSavedAnswerCard, renderSetupCard } from "../../cards";

const LINK_NAME = "[Bitte neu anmelden](https://login.example/)";

/** Every element that shows `text`, with its type. */
function elementsShowing(card: unknown, text: string): string[] {
  const found: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    for (const key of ["text", "value", "title"]) {
      const value = record[key];
      if (typeof value === "string" && value.includes(text)) found.push(String(record.type));
    }
    Object.values(record).forEach(walk);
  };
  walk(card);
  return found;
}

describe("typed text on cards is never Markdown", () => {
  it("shows a display name that is a Markdown link as plain text in the delivery list of a quality officer", () => {
    const card = renderNoticeCard({ title: "Nicht erreichbar", lines: [`${LINK_NAME} – App entfernt`] });
    expect(elementsShowing(card, LINK_NAME)).toEqual(["TextRun"]);
  });

  it("shows a display name as plain text as the heading of a member in the roles card", () => {
    const card = renderSetupCard({
      title: "Rollen",
      sections: [{ heading: LINK_NAME, lines: ["Rollen: Mitarbeitende"] }],
    });
    expect(elementsShowing(card, LINK_NAME)).toEqual(["TextRun"]);
  });

  it("shows an answer and its evidence as plain text on the saved-answer card", () => {
    const card = renderSavedAnswerCard({
      status: "Gespeichert",
      areaLine: "QB 1 · Leitbild",
      dimensionName: "Begründung",
      question: "Warum?",
      answer: `# Überschrift\n- Liste **fett** ${LINK_NAME}`,
      evidenceLabel: "Nachweis",
      evidence: LINK_NAME,
      meta: "Gespeichert am 01.02.2026",
      actions: [{ title: "Bearbeiten", verb: "answer.edit", data: { answerId: "a1" } }],
    });
    expect(elementsShowing(card, LINK_NAME)).toEqual(["TextRun", "TextRun"]);
  });
});
