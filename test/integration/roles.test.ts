import { startBotHarness, type BotHarness } from "../support/bot-harness";
import { buttonData, inputValue } from "../support/card-inspection";
import { seedOrg } from "../support/org-fixture";
import {
  ANNA,
  EMMA,
  JONAS,
  MIRIAM,
  TENANT_ID,
  installationAdd,
  installationRemove,
  type TestUser,
} from "../support/teams-activities";
import { cardText, talkTo, validCard, validSentCard, type Talk } from "./setup-helpers";

describe("roles: quality officers assign and remove roles inside Teams", () => {
  let bot: BotHarness;
  let talk: Talk;

  beforeAll(async () => {
    bot = await startBotHarness({ BOOTSTRAP_QUALITY_OFFICERS: MIRIAM.aadObjectId });
    talk = talkTo(bot);
    await seedOrg((await bot.services()).repos);
    for (const user of [ANNA, JONAS, MIRIAM, EMMA]) await bot.post(installationAdd(user, bot.connector.serviceUrl));
  });
  afterAll(async () => bot.stop());

  const repos = async () => (await bot.services()).repos;
  const rolesOf = async (user: TestUser) => (await (await repos()).members.get(TENANT_ID, user.aadObjectId))?.roles;
  const auditEntries = async () =>
    (await (await repos()).audit.list(TENANT_ID, 100)).entries.filter((entry) => entry.action === "roles.changed");

  it("shows who holds a role and a search field on „rollen“", async () => {
    const card = validSentCard(await talk.say(MIRIAM, "rollen"));
    const text = cardText(card);
    expect(text).toContain("Wer hat eine Rolle?");
    expect(text).toContain("Miriam Köhler");
    expect(text).toContain("Qualitätsbeauftragte (über die Konfiguration)");
    expect(text).not.toContain("Anna Schneider");
    expect(inputValue(card, "query")).toBe("");
  });

  it("finds members by any part of their name, ignoring case and umlaut spelling", async () => {
    let card = validCard(await talk.click(MIRIAM, "roles.search", { query: "WEB" }));
    expect(cardText(card)).toContain("Treffer für „WEB“");
    expect(cardText(card)).toContain("Jonas Weber");
    expect(cardText(card)).not.toContain("Anna Schneider");
    expect(inputValue(card, "query")).toBe("WEB");

    card = validCard(await talk.click(MIRIAM, "roles.search", { query: "koehler" }));
    expect(cardText(card)).toContain("Miriam Köhler");
    card = validSentCard(await talk.say(MIRIAM, "rollen tay"));
    expect(cardText(card)).toContain("Emma Taylor");
    card = validCard(await talk.click(MIRIAM, "roles.search", { query: "Niemand Bekanntes" }));
    expect(cardText(card)).toContain("Niemand gefunden");
  });

  it("gives Jonas the manager role and takes it away again, auditing both", async () => {
    let card = validCard(await talk.click(MIRIAM, "roles.search", { query: "weber" }));
    const add = buttonData(card, "Führungskraft: hinzufügen");
    expect(add).toMatchObject({ verb: "roles.change", memberId: JONAS.aadObjectId, role: "manager", change: "add" });
    card = validCard(await talk.click(MIRIAM, "roles.change", add));
    expect(cardText(card)).toContain("Jonas Weber hat jetzt die Rolle Führungskraft.");
    expect(await rolesOf(JONAS)).toEqual(["manager"]);

    const [help] = await talk.say(JONAS, "hilfe");
    expect(cardText(validSentCard([help ?? {}]))).toContain("Für Führungskräfte");

    card = validCard(await talk.click(MIRIAM, "roles.change", buttonData(card, "Führungskraft: entziehen")));
    expect(cardText(card)).toContain("Jonas Weber hat die Rolle Führungskraft nicht mehr.");
    expect(await rolesOf(JONAS)).toEqual([]);

    const entries = await auditEntries();
    expect(entries.map((entry) => entry.details)).toEqual(
      expect.arrayContaining([
        { targetMemberId: JONAS.aadObjectId, role: "manager", change: "added" },
        { targetMemberId: JONAS.aadObjectId, role: "manager", change: "removed" },
      ]),
    );
    expect(entries.every((entry) => entry.actorMemberId === MIRIAM.aadObjectId)).toBe(true);
  });

  it("does not change or audit anything when the member already has the role", async () => {
    const before = (await auditEntries()).length;
    const card = validCard(
      await talk.click(MIRIAM, "roles.change", {
        memberId: ANNA.aadObjectId,
        role: "manager",
        change: "remove",
        query: "",
      }),
    );
    expect(cardText(card)).toContain("Anna Schneider hat die Rolle Führungskraft nicht.");
    expect((await auditEntries()).length).toBe(before);
  });

  it("keeps the last quality officer: a sole stored officer cannot remove themselves", async () => {
    // Jonas becomes a quality officer (stored), then the bootstrap officer leaves the app.
    await talk.click(MIRIAM, "roles.change", {
      memberId: JONAS.aadObjectId,
      role: "qualityOfficer",
      change: "add",
      query: "",
    });
    expect(await rolesOf(JONAS)).toEqual(["qualityOfficer"]);
    await bot.post(installationRemove(MIRIAM, bot.connector.serviceUrl));

    let card = validSentCard(await talk.say(JONAS, "rollen jonas"));
    card = validCard(await talk.click(JONAS, "roles.change", buttonData(card, "Qualitätsbeauftragte: entziehen")));
    expect(cardText(card)).toContain(
      "Das geht nicht: Jonas Weber ist die letzte Person mit der Rolle Qualitätsbeauftragte.",
    );
    expect(await rolesOf(JONAS)).toEqual(["qualityOfficer"]);

    // With Miriam back (an officer by configuration), Jonas may step down.
    await bot.post(installationAdd(MIRIAM, bot.connector.serviceUrl));
    card = validCard(
      await talk.click(JONAS, "roles.change", {
        memberId: JONAS.aadObjectId,
        role: "qualityOfficer",
        change: "remove",
        query: "jonas",
      }),
    );
    expect(cardText(card)).toContain("Jonas Weber hat die Rolle Qualitätsbeauftragte nicht mehr.");
    expect(await rolesOf(JONAS)).toEqual([]);
    const last = (await auditEntries())[0];
    expect(last).toMatchObject({
      actorMemberId: JONAS.aadObjectId,
      details: { targetMemberId: JONAS.aadObjectId, role: "qualityOfficer", change: "removed" },
    });
  });

  it("keeps one quality officer when the last two remove each other at the same moment (issue 18 item 10)", async () => {
    const change = (actor: TestUser, target: TestUser, kind: "add" | "remove") =>
      talk.click(actor, "roles.change", {
        memberId: target.aadObjectId,
        role: "qualityOfficer",
        change: kind,
        query: "",
      });
    await change(MIRIAM, JONAS, "add");
    await change(MIRIAM, EMMA, "add");
    await bot.post(installationRemove(MIRIAM, bot.connector.serviceUrl));

    const cards = await Promise.all([change(JONAS, EMMA, "remove"), change(EMMA, JONAS, "remove")]);
    const stillOfficers: TestUser[] = [];
    for (const user of [JONAS, EMMA]) if ((await rolesOf(user))?.includes("qualityOfficer")) stillOfficers.push(user);
    expect(stillOfficers).toHaveLength(1);
    // Emma reads English.
    const texts = cards.map((card) => cardText(validCard(card)));
    expect(
      texts.filter((text) => /ist die letzte Person mit der Rolle|is the last person with/.test(text)),
    ).toHaveLength(1);
    expect(
      texts.filter((text) => /hat die Rolle Qualitätsbeauftragte nicht mehr|no longer has the/.test(text)),
    ).toHaveLength(1);

    await bot.post(installationAdd(MIRIAM, bot.connector.serviceUrl));
    for (const user of stillOfficers) await change(MIRIAM, user, "remove");
    expect([await rolesOf(JONAS), await rolesOf(EMMA)]).toEqual([[], []]);
  });

  it("says in one message that a configured officer stays one and changes nothing when she removes her own role", async () => {
    await talk.click(MIRIAM, "roles.change", {
      memberId: MIRIAM.aadObjectId,
      role: "qualityOfficer",
      change: "add",
      query: "",
    });
    const card = validCard(
      await talk.click(MIRIAM, "roles.change", {
        memberId: MIRIAM.aadObjectId,
        role: "qualityOfficer",
        change: "remove",
        query: "",
      }),
    );
    // One clear message, not "removed" and "stays" at once.
    expect(cardText(card)).toContain("bleibt Qualitätsbeauftragte, weil die Person in der Konfiguration");
    expect(cardText(card)).toContain("hier wurde nichts geändert");
    expect(cardText(card)).not.toContain("nicht mehr");
    expect(await rolesOf(MIRIAM)).toContain("qualityOfficer");
    // Her own entry offers no quality officer button she cannot use.
    const own = validSentCard(await talk.say(MIRIAM, "rollen miriam"));
    expect(() => buttonData(own, "Qualitätsbeauftragte: entziehen")).toThrow();
    expect(() => buttonData(own, "Qualitätsbeauftragte: hinzufügen")).toThrow();
    const [help] = await talk.say(MIRIAM, "hilfe");
    expect(cardText(validSentCard([help ?? {}]))).toContain("Für Qualitätsbeauftragte");
  });

  it("refuses a forged role change from a staff member and changes nothing", async () => {
    const before = (await auditEntries()).length;
    const forged = await talk.click(ANNA, "roles.change", {
      memberId: ANNA.aadObjectId,
      role: "qualityOfficer",
      change: "add",
      query: "",
      roles: ["qualityOfficer"],
      orgId: "another-tenant",
    });
    expect(forged.value).toBe("Das können nur Qualitätsbeauftragte. Bitte wenden Sie sich an sie.");
    const submitted = await talk.submit(ANNA, {
      verb: "roles.change",
      memberId: JONAS.aadObjectId,
      role: "manager",
      change: "add",
    });
    expect(submitted[0]?.text).toBe("Das können nur Qualitätsbeauftragte. Bitte wenden Sie sich an sie.");
    expect(await rolesOf(ANNA)).toEqual([]);
    expect(await rolesOf(JONAS)).toEqual([]);
    expect((await auditEntries()).length).toBe(before);
    const [reply] = await talk.say(ANNA, "rollen");
    expect(reply?.text).toBe("Das können nur Qualitätsbeauftragte. Bitte wenden Sie sich an sie.");
  });

  it("lists at most 15 matches on a card Teams can show, and says how many more there are", async () => {
    const store = await repos();
    for (let index = 1; index <= 40; index++) {
      const id = `aad-kursleitung-${String(index).padStart(4, "0")}`;
      await store.members.recordSighting(
        {
          orgId: TENANT_ID,
          memberId: id,
          userId: `29:${id}`,
          aadObjectId: id,
          name: `Kursleiterin Maximiliane Mustermann-Langenscheidt ${index}`,
          locale: "de",
          conversation: {
            channelId: "msteams",
            serviceUrl: bot.connector.serviceUrl,
            conversationId: `a:${id}`,
            tenantId: TENANT_ID,
            botId: "28:bot",
          },
        },
        new Date(),
      );
    }
    const card = validCard(await talk.click(MIRIAM, "roles.search", { query: "mustermann" }));
    expect(cardText(card)).toContain("25 weitere Treffer – bitte suchen Sie genauer.");
    expect(cardText(card).match(/Kursleiterin Maximiliane/g)).toHaveLength(15);
  });

  it("cannot reach a member of another organisation by a made-up id", async () => {
    const card = validCard(
      await talk.click(MIRIAM, "roles.change", {
        memberId: "aad-someone-elsewhere",
        role: "manager",
        change: "add",
        query: "",
      }),
    );
    expect(cardText(card)).toContain("Diese Person gibt es in Ihrer Organisation nicht (mehr).");
  });
});
