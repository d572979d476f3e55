/**
 * Two organisations in one store: whatever ids a member of the other organisation (or another
 * member of the same one) puts into card data, they reach none of this organisation's answers,
 * prompts or exports. Organisation and member always come from the activity, never the card.
 */
import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import { buttonData, inputValues, linkUrl, type InvokeBody } from "../support/card-inspection";
import { seedOrg } from "../support/org-fixture";
import { ANNA, JONAS, MIRIAM, TENANT_ID, executeAction, message, type TestUser } from "../support/teams-activities";

const OTHER_TENANT = "0b7e5d2c-4a61-4f0e-9d3b-7c8a9e1f2d40";
const BEN: TestUser = {
  id: "29:1ben-other-org",
  aadObjectId: "aad-ben-0101",
  name: "Ben Andersorg",
  tenantId: OTHER_TENANT,
};
const BEA: TestUser = {
  id: "29:1bea-other-org",
  aadObjectId: "aad-bea-0102",
  name: "Bea Andersorg",
  tenantId: OTHER_TENANT,
};
const ANNAS_TEXT = "Vertraulich: unsere Kursplanung für das Frühjahr 2027 mit Zahlen.";

describe("isolation between organisations and members", () => {
  let bot: BotHarness;
  let annasAnswerId: string;
  let annasDeliveryId: string;

  beforeAll(async () => {
    bot = await startBotHarness({ BOOTSTRAP_QUALITY_OFFICERS: `${MIRIAM.aadObjectId},${BEA.aadObjectId}` });
    const { repos } = await bot.services();
    await seedOrg(repos);
    await seedOrg(repos, { orgId: OTHER_TENANT, name: "Bildungswerk Anderswo" });
    bot.clear();
    await bot.post(message(ANNA, bot.connector.serviceUrl, "frage"));
    const submit = buttonData(cardOf(bot.sent()[0]), "Absenden");
    const saved = (
      await bot.post(executeAction(ANNA, bot.connector.serviceUrl, "answer.submit", { ...submit, answer: ANNAS_TEXT }))
    ).body as InvokeBody;
    annasAnswerId = String(buttonData(saved.value, "Bearbeiten").answerId);
    annasDeliveryId = String(submit.deliveryId);
    for (const user of [BEN, BEA, JONAS]) await bot.post(message(user, bot.connector.serviceUrl, "hilfe"));
  });
  afterAll(async () => bot.stop());
  beforeEach(() => bot.clear());

  const click = async (user: TestUser, verb: string, data: Record<string, unknown>) => {
    const answer = await bot.post(executeAction(user, bot.connector.serviceUrl, verb, data));
    expect(answer.status).toBe(200);
    return answer.body as InvokeBody;
  };

  async function annasAnswerIsUntouched(): Promise<void> {
    const { repos } = await bot.services();
    const stored = await repos.answers.getVersioned(TENANT_ID, annasAnswerId);
    expect(stored?.value).toMatchObject({ text: ANNAS_TEXT, memberId: ANNA.aadObjectId, history: [] });
    expect(await repos.deliveries.get(TENANT_ID, annasDeliveryId)).toMatchObject({
      response: "answered",
      memberId: ANNA.aadObjectId,
    });
  }

  describe.each([
    ["a member of another organisation", BEN],
    ["another member of the same organisation", JONAS],
  ])("%s", (_who, intruder) => {
    it.each(["answer.open", "answer.edit", "answer.deleteConfirm", "answer.delete"])(
      "cannot reach an answer by its id through %s",
      async (verb) => {
        const body = await click(intruder, verb, {
          answerId: annasAnswerId,
          orgId: TENANT_ID,
          memberId: ANNA.aadObjectId,
        });
        expect(JSON.stringify(body.value)).not.toContain(ANNAS_TEXT);
        if (verb !== "answer.delete") expect(cardText(body.value)).toContain("Diese Antwort gibt es nicht mehr");
        await annasAnswerIsUntouched();
      },
    );

    it("cannot overwrite an answer by sending its id with a stolen ETag", async () => {
      const { repos } = await bot.services();
      const stored = await repos.answers.getVersioned(TENANT_ID, annasAnswerId);
      const body = await click(intruder, "answer.saveEdit", {
        answerId: annasAnswerId,
        etag: stored?.etag,
        answer: "Überschrieben von außen.",
        orgId: TENANT_ID,
      });
      expect(JSON.stringify(body.value)).not.toContain(ANNAS_TEXT);
      await annasAnswerIsUntouched();
    });

    it("cannot answer, skip, snooze or replace someone else's prompt by its delivery id", async () => {
      const { repos } = await bot.services();
      for (const [verb, extra] of [
        ["answer.submit", { answer: "Fremde Antwort auf Annas Frage." }],
        ["prompt.skip", {}],
        ["prompt.snooze", { until: "tomorrow" }],
        ["prompt.another", {}],
        ["prompt.show", {}],
        ["prompt.followUp", { answerId: annasAnswerId }],
      ] as const) {
        const body = await click(intruder, verb, { deliveryId: annasDeliveryId, orgId: TENANT_ID, ...extra });
        expect(JSON.stringify(body.value)).not.toContain(ANNAS_TEXT);
      }
      await annasAnswerIsUntouched();
      const intrudersAnswers = await repos.answers.listForMember(intruder.tenantId ?? TENANT_ID, intruder.aadObjectId, {
        pageSize: 50,
      });
      expect(intrudersAnswers.answers.map((a) => a.text)).not.toContain("Fremde Antwort auf Annas Frage.");
    });
  });

  describe("exports", () => {
    let ownLink: URL;
    let otherLink: URL;

    async function exportAs(officer: TestUser): Promise<URL> {
      bot.clear();
      await bot.post(message(officer, bot.connector.serviceUrl, "export"));
      const form = cardOf(bot.sent()[0]);
      const ready = await click(officer, "export.create", {
        ...inputValues(form),
        ...buttonData(form, "Dateien erstellen"),
        formats: "markdown",
      });
      return new URL(linkUrl(ready.value, "Markdown herunterladen"));
    }

    beforeAll(async () => {
      ownLink = await exportAs(MIRIAM);
      otherLink = await exportAs(BEA);
    });

    const download = (url: URL | string) => fetch(url);
    const withPath = (link: URL, orgId: string, exportId: string) =>
      new URL(`/api/exports/${encodeURIComponent(orgId)}/${encodeURIComponent(exportId)}${link.search}`, link.origin);
    const partsOf = (link: URL) => {
      const [, , , orgId, exportId] = link.pathname.split("/").map(decodeURIComponent);
      return { orgId: orgId ?? "", exportId: exportId ?? "" };
    };

    it("gives each quality officer a draft of their own organisation only", async () => {
      const own = await download(ownLink);
      expect(own.status).toBe(200);
      expect(await own.text()).toContain(ANNAS_TEXT);
      const other = await download(otherLink);
      expect(other.status).toBe(200);
      expect(await other.text()).not.toContain(ANNAS_TEXT);
      expect(partsOf(otherLink).orgId).toBe(OTHER_TENANT);
    });

    it("refuses the other organisation's valid link pointed at this organisation's export", async () => {
      const own = partsOf(ownLink);
      const other = partsOf(otherLink);
      for (const forged of [
        withPath(otherLink, own.orgId, other.exportId),
        withPath(otherLink, other.orgId, own.exportId),
        withPath(otherLink, own.orgId, own.exportId),
      ]) {
        const answer = await download(forged);
        expect([403, 410]).toContain(answer.status);
        expect(await answer.text()).not.toContain(ANNAS_TEXT);
      }
    });

    it("keeps each organisation's export records in its own partition", async () => {
      const { repos } = await bot.services();
      const own = partsOf(ownLink);
      expect(await repos.exports.get(own.orgId, own.exportId)).toMatchObject({ status: "ready" });
      expect(await repos.exports.get(OTHER_TENANT, own.exportId)).toBeUndefined();
    });
  });
});
