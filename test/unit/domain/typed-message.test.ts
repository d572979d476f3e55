import { renderTypedAnswerCard } from "../../../cards";
import type { Delivery } from "../../../bot/domain/delivery";
import { isShortThanks, promptsAwaitingTypedAnswer, TYPED_ANSWER_MAX_CHOICES } from "../../../bot/domain/typed-message";
import { expectValidCard } from "../../support/adaptive-card-validation";

const NOW = new Date("2026-12-07T10:00:00.000Z");

function delivery(id: string, overrides: Partial<Delivery>): Delivery {
  return {
    orgId: "org",
    deliveryId: id,
    memberId: "m",
    kind: "scheduled",
    promptId: "lqw-leitbild-rationale-1",
    area: "leitbild",
    dimension: "rationale",
    periodKey: "2026-W50",
    dueAt: "2026-12-07T09:00:00.000Z",
    state: "sent",
    response: "open",
    attempts: 1,
    sentAt: "2026-12-07T09:00:00.000Z",
    createdAt: "2026-12-07T09:00:00.000Z",
    updatedAt: "2026-12-07T09:00:00.000Z",
    ...overrides,
  };
}

describe("which open prompts a typed message may answer", () => {
  it("takes delivered prompts that are open or snoozed, newest first, and no more than the card offers", () => {
    const found = promptsAwaitingTypedAnswer(
      [
        delivery("old", { sentAt: "2026-12-01T09:00:00.000Z" }),
        delivery("new", { sentAt: "2026-12-07T09:30:00.000Z" }),
        delivery("snoozed", { response: "snoozed", sentAt: "2026-12-05T09:00:00.000Z" }),
        delivery("mid", { sentAt: "2026-12-03T09:00:00.000Z" }),
      ],
      NOW,
    );
    expect(found.map((d) => d.deliveryId)).toEqual(["new", "snoozed", "mid"]);
    expect(found).toHaveLength(TYPED_ANSWER_MAX_CHOICES);
  });

  it("leaves out prompts not yet delivered, answered, replaced, skipped, and those sent more than four weeks ago", () => {
    const found = promptsAwaitingTypedAnswer(
      [
        delivery("pending", { state: "pending", sentAt: undefined }),
        delivery("answered", { response: "answered" }),
        delivery("replaced", { response: "replaced" }),
        delivery("skipped", { response: "skipped" }),
        delivery("expired", { sentAt: "2026-11-08T09:00:00.000Z" }),
        delivery("open", {}),
      ],
      NOW,
    );
    expect(found.map((d) => d.deliveryId)).toEqual(["open"]);
  });
});

describe("a short thanks", () => {
  it.each([
    "danke",
    "Danke!",
    "Dankeschön",
    "vielen Dank :)",
    "Danke schön 🙂",
    "thanks",
    "Thank you!",
    "👍",
    "👍🏼",
    "🙏",
  ])("recognises %s", (text) => expect(isShortThanks(text)).toBe(true));
  it.each([
    "Danke für die Frage, wir machen das im Team so: …",
    "Wir danken den Teilnehmenden mit einer Urkunde.",
    "",
    "ok",
    "👎",
  ])("does not take %s for one", (text) => expect(isShortThanks(text)).toBe(false));
});

describe("the typed-answer card", () => {
  it("is a valid Adaptive Card with one choice per open prompt and the newest preselected", () => {
    const card = renderTypedAnswerCard({
      title: "Als Antwort speichern? Sie haben mehrere offene Fragen.",
      typedLabel: "Ihre Nachricht",
      typed: "1. Oktober 2027: **kein** Markdown",
      choiceLabel: "Zu welcher Frage gehört Ihr Text?",
      choices: [
        { title: "Neueste Frage", value: "d-2" },
        { title: "Ältere Frage", value: "d-1" },
      ],
      actions: [{ title: "Speichern", verb: "typed.save", data: { text: "x" } }],
    });
    expectValidCard(card);
    expect(JSON.stringify(card)).toContain('"value":"d-2"');
  });
});
