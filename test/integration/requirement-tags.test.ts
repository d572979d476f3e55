/**
 * Requirement tags on prompts over the real Bot Framework HTTP protocol: the quality officer
 * names catalog prompts on a requirement line ("; Fragen: …"), a staff member answers one of
 * them, the answer is stored with that requirement and the draft files it there, even where
 * its words would point to another requirement.
 */
import { findPrompt } from "../../bot/domain/catalog/prompt-catalog";
import type { Delivery } from "../../bot/domain/delivery";
import { expectValidCard } from "../support/adaptive-card-validation";
import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import { buttonData, inputValue, inputValues, linkUrl, type InvokeBody } from "../support/card-inspection";
import { seedOrg } from "../support/org-fixture";
import { ANNA, MIRIAM, TENANT_ID, executeAction, message, type TestUser } from "../support/teams-activities";

const TAGGED = "bedarfserschliessung.procedures.all.2";
const UNTAGGED = "bedarfserschliessung.procedures.all.3";
const REQUIREMENTS = [
  "2.1; 2; Kursanfragen und Wartelisten erfassen",
  `2.2; 2; Angebotsplanung im Fachbereich; Fragen: ${TAGGED}`,
].join("\n");
// Its words name requirement 2.1; its prompt's tag says 2.2.
const ANSWER = "Wir erfassen jede Kursanfrage und jede Warteliste am Infotelefon und werten sie monatlich aus.";

describe("requirement tags on prompts", () => {
  let bot: BotHarness;
  let deliveries = 0;

  beforeAll(async () => {
    bot = await startBotHarness({ BOOTSTRAP_QUALITY_OFFICERS: MIRIAM.aadObjectId });
    await seedOrg((await bot.services()).repos);
  });
  afterAll(async () => bot.stop());

  const say = async (user: TestUser, text: string) => {
    bot.clear();
    await bot.post(message(user, bot.connector.serviceUrl, text));
    return cardOf(bot.sent()[0]);
  };
  const click = async (user: TestUser, verb: string, data: Record<string, unknown>) => {
    const response = await bot.post(executeAction(user, bot.connector.serviceUrl, verb, data));
    expect(response.status).toBe(200);
    return (response.body as InvokeBody).value;
  };
  const saveBasis = async (requirements: string) => {
    const card = await say(MIRIAM, "grundlagen");
    return click(MIRIAM, "reportBasis.save", { ...inputValues(card), ...buttonData(card, "Speichern"), requirements });
  };

  /** A delivered prompt, opened from the chat as a scheduled card is. */
  async function promptCard(user: TestUser, promptId: string) {
    const prompt = findPrompt(promptId);
    if (!prompt) throw new Error(promptId);
    const now = new Date().toISOString();
    const delivery: Delivery = {
      orgId: TENANT_ID,
      deliveryId: `test-tags-${++deliveries}-${user.aadObjectId}`,
      memberId: user.aadObjectId,
      kind: "onDemand",
      promptId,
      area: prompt.area,
      dimension: prompt.dimension,
      periodKey: now.slice(0, 10),
      dueAt: now,
      state: "sent",
      response: "open",
      attempts: 0,
      sentAt: now,
      createdAt: now,
      updatedAt: now,
    };
    await (await bot.services()).repos.deliveries.recordIfAbsent(delivery);
    return click(user, "prompt.show", { deliveryId: delivery.deliveryId });
  }

  it("shows a quality officer the prompt's id under its hint, and staff not", async () => {
    const officers = await promptCard(MIRIAM, TAGGED);
    expectValidCard(officers);
    expect(cardText(officers)).toContain(`Kennung dieser Frage (für „Fragen:“ in den Grundlagen): ${TAGGED}`);
    const staffs = await promptCard(ANNA, TAGGED);
    expect(cardText(staffs)).not.toContain(TAGGED);
  });

  it("names a tag of another area or not in the catalog and keeps the typed lines", async () => {
    const typed = `${REQUIREMENTS}\n2.3; 2; Beratung; Fragen: leitbild.rationale.all.1\n2.4; 2; Sonstiges; Fragen: gibt.es.nicht`;
    const back = await saveBasis(typed);
    expectValidCard(back);
    const text = cardText(back);
    expect(text).toContain(
      "Zeile 3 („2.3; 2; Beratung; Fragen: leitbild.rationale.all.1“): die Frage „leitbild.rationale.all.1“ gehört zu einem anderen Qualitätsbereich.",
    );
    expect(text).toContain("die Frage „gibt.es.nicht“ steht nicht im Fragenkatalog Ihres Qualitätsmodells.");
    expect(inputValue(back, "requirements")).toBe(typed);
    expect(await (await bot.services()).repos.reportBasis.get(TENANT_ID)).toBeUndefined();
  });

  it("stores the tags and shows them again on the card", async () => {
    const saved = await saveBasis(REQUIREMENTS);
    expect(cardText(saved)).toContain("Grundlagen gespeichert");
    const stored = (await (await bot.services()).repos.reportBasis.get(TENANT_ID))?.value;
    expect(stored?.requirements[1]).toEqual({
      id: "2.2",
      area: "bedarfserschliessung",
      title: "Angebotsplanung im Fachbereich",
      promptIds: [TAGGED],
    });
    expect(inputValue(await say(MIRIAM, "grundlagen"), "requirements")).toBe(REQUIREMENTS);
  });

  it("stores an answer to a tagged prompt with its requirement, and the draft files it there", async () => {
    const tagged = await promptCard(ANNA, TAGGED);
    await click(ANNA, "answer.submit", { ...buttonData(tagged, "Absenden"), answer: ANSWER });
    const untagged = await promptCard(ANNA, UNTAGGED);
    await click(ANNA, "answer.submit", {
      ...buttonData(untagged, "Absenden"),
      answer: "Die Wartelisten der Kursanfragen erfassen wir im Sekretariat.",
    });
    const { answers } = await (
      await bot.services()
    ).repos.answers.listForMember(TENANT_ID, ANNA.aadObjectId, { pageSize: 10 });
    expect(answers.find((a) => a.promptId === TAGGED)?.requirementIds).toEqual(["2.2"]);
    expect(answers.find((a) => a.promptId === UNTAGGED)?.requirementIds).toBeUndefined();

    const exportCard = await say(MIRIAM, "export");
    const ready = await click(MIRIAM, "export.create", {
      ...inputValues(exportCard),
      ...buttonData(exportCard, "Dateien erstellen"),
      formats: "markdown",
    });
    const markdown = await (await fetch(linkUrl(ready, "Markdown herunterladen"))).text();
    const section = markdown.slice(markdown.indexOf("Bedarfserschließung"));
    const under = (heading: string) => {
      const start = section.indexOf(heading);
      expect(start).toBeGreaterThanOrEqual(0);
      const next = section.indexOf("\n### ", start + heading.length);
      return section.slice(start, next < 0 ? undefined : next);
    };
    expect(under("### Anforderung 2.2 · Angebotsplanung im Fachbereich")).toContain(
      "jede Kursanfrage und jede Warteliste",
    );
    expect(under("### Anforderung 2.1 · Kursanfragen und Wartelisten erfassen")).toContain("im Sekretariat");
    expect(under("### Anforderung 2.1 · Kursanfragen und Wartelisten erfassen")).not.toContain(
      "jede Kursanfrage und jede Warteliste",
    );
  });
});
