/**
 * "alles löschen" must erase, not hide: the attack that worked downloaded the deleted answers
 * through a "meine daten" link sent before the deletion, and the stored export kept their full
 * text for seven days. Drafts a quality officer compiled earlier are named in the confirmation,
 * and download cards say honestly who a link works for.
 */
import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import { buttonData, inputValues, linkUrl, type InvokeBody } from "../support/card-inspection";
import { seedOrg } from "../support/org-fixture";
import { ANNA, MIRIAM, TENANT_ID, executeAction, message, type TestUser } from "../support/teams-activities";

const FIRST = "Unsere Kursleitenden bekommen seit April eine Einarbeitungsmappe.";
const SECOND = "Die Mappe wurde im Juni mit zwei Kursleitenden überarbeitet.";

describe("erasure that erases", () => {
  let bot: BotHarness;

  beforeAll(async () => {
    bot = await startBotHarness({ BOOTSTRAP_QUALITY_OFFICERS: MIRIAM.aadObjectId });
    await seedOrg((await bot.services()).repos);
  });
  afterAll(async () => bot.stop());
  beforeEach(() => bot.clear());

  async function say(text: string, user: TestUser = ANNA): Promise<Record<string, unknown> | undefined> {
    bot.clear();
    await bot.post(message(user, bot.connector.serviceUrl, text));
    return bot.sent()[0];
  }
  const click = async (verb: string, data: Record<string, unknown>, user: TestUser = ANNA) =>
    ((await bot.post(executeAction(user, bot.connector.serviceUrl, verb, data))).body as InvokeBody).value;

  async function answer(text: string): Promise<void> {
    const prompt = cardOf(await say("frage"));
    expect(cardText(await click("answer.submit", { ...buttonData(prompt, "Absenden"), answer: text }))).toContain(
      "Gespeichert",
    );
  }

  async function compileDraft(formats = "markdown"): Promise<unknown> {
    const card = cardOf(await say("export", MIRIAM));
    return click(
      "export.create",
      {
        ...inputValues(card),
        ...buttonData(card, "Dateien erstellen"),
        formats,
        attribution: "pseudonymous",
        mode: "structured",
      },
      MIRIAM,
    );
  }

  it("stops an earlier „meine daten“ link at once and deletes the stored copy; names the drafts that quote the member; audits without text", async () => {
    await answer(FIRST);
    await answer(SECOND);
    const draft = await compileDraft();
    expect(cardText(draft)).toContain("Ihr Entwurf ist fertig");
    const { repos } = await bot.services();

    const myData = cardOf(await say("meine daten"));
    const links = [linkUrl(myData, "Zum Lesen herunterladen"), linkUrl(myData, "Als JSON herunterladen")];
    for (const link of links) {
      const before = await fetch(link);
      expect(before.status).toBe(200);
      expect(await before.text()).toContain(FIRST);
    }

    const confirm = cardOf(await say("alles löschen"));
    const today = new Intl.DateTimeFormat("de-DE", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "Europe/Berlin",
    }).format(new Date());
    expect(cardText(confirm)).toContain(`in 1 Entwurf vom ${today} zitiert`);

    const done = await click("data.deleteAll", buttonData(confirm, "Ja, alles löschen"));
    expect(cardText(done)).toContain("2 Antworten wurden gelöscht");

    for (const link of links) {
      const after = await fetch(link);
      expect(after.status).toBe(403);
      const body = await after.text();
      expect(body).not.toContain(FIRST);
      expect(body).not.toContain(SECOND);
    }

    // No stored copy of the member's data is left to expire later.
    const { store } = await bot.services();
    const { resources } = await store
      .container("exports")
      .items.query({
        query: "SELECT c.id FROM c WHERE c.orgId = @orgId AND c.requestedBy = @memberId",
        parameters: [
          { name: "@orgId", value: TENANT_ID },
          { name: "@memberId", value: ANNA.aadObjectId },
        ],
      })
      .fetchAll();
    expect(resources).toEqual([]);

    const audit = await repos.audit.list(TENANT_ID, 50);
    const deleted = audit.entries.find((entry) => entry.action === "data.deleted");
    expect(deleted).toMatchObject({ actorMemberId: ANNA.aadObjectId, details: { answers: 2, dataExports: 2 } }); // the readable file and the JSON
    expect(JSON.stringify(audit.entries)).not.toContain("Einarbeitungsmappe");
  });

  it("says nothing about drafts when no draft quotes the member", async () => {
    const confirm = cardOf(await say("alles löschen", MIRIAM));
    expect(cardText(confirm)).toContain("Alle Ihre Antworten löschen?");
    expect(cardText(confirm)).not.toContain("zitiert");
  });

  it("says on download cards that a link works for anyone who holds it until it expires, because it does", async () => {
    await answer(FIRST);
    const mine = cardOf(await say("meine daten"));
    const draft = await compileDraft();
    for (const text of [cardText(mine), cardText(draft)]) {
      expect(text).not.toContain("nur für Sie");
      expect(text).toMatch(/Wer (den|einen) Link hat, kann/);
    }
    // A plain request with no Teams identity at all downloads the file: the link is the key.
    const anyone = await fetch(linkUrl(mine, "Zum Lesen herunterladen"), {
      headers: { cookie: "", authorization: "" },
    });
    expect(anyone.status).toBe(200);
  });

  it("names a Datenpaket holding the member's answers as a Datenpaket, not as one more draft that quotes them", async () => {
    await answer(FIRST);
    const draftsLine = (card: unknown) => /Ihre Antworten sind in [^.]*zitiert/.exec(cardText(card))?.[0] ?? "none";
    const before = cardOf(await say("alles löschen"));
    expect(cardText(before)).not.toContain("Datenpaket");

    expect(cardText(await compileDraft("bundle"))).toContain("Ihr Datenpaket ist fertig");
    const after = cardOf(await say("alles löschen"));
    expect(cardText(after)).toContain("Pseudonymisiert stehen Ihre Antworten auch in 1 Datenpaket vom");
    expect(draftsLine(after)).toBe(draftsLine(before));
  });
});
