import { collectPersonalData, eraseAnswers } from "../../bot/personal-data/personal-data";
import {
  STAFF,
  answer,
  answerSeries,
  collectPages,
  delivery,
  newOrgId,
  orgConfig,
  useContractStore,
} from "./support/contract-fixtures";

describe("personal data (contract)", () => {
  const context = useContractStore();

  async function organisationWithTwoMembers() {
    const orgId = newOrgId();
    const { repos } = context();
    await repos.orgs.save(orgConfig(orgId));
    await repos.members.recordSighting(
      {
        orgId,
        memberId: STAFF.anna,
        userId: "29:1anna-schneider",
        aadObjectId: STAFF.anna,
        name: "Anna Schneider",
        locale: "de",
        timeZone: "Europe/Berlin",
        conversation: {
          channelId: "msteams",
          serviceUrl: "https://smba.trafficmanager.net/emea/",
          conversationId: "a:1anna",
          tenantId: orgId,
          botId: "28:lqw-reflect",
        },
      },
      new Date("2026-02-01T08:00:00.000Z"),
    );
    const annas = answerSeries(orgId, STAFF.anna, 3);
    for (const item of annas) await repos.answers.saveNew(item);
    const first = annas[0];
    if (!first) throw new Error("no answers");
    const stored = await repos.answers.getVersioned(orgId, first.answerId);
    await repos.answers.edit(
      orgId,
      first.answerId,
      { text: "Überarbeitet nach der Teamsitzung." },
      stored?.etag ?? "",
      new Date("2026-02-05T10:00:00.000Z"),
    );
    const jonasAnswer = answer({
      orgId,
      memberId: STAFF.jonas,
      instance: "2026-W06",
      text: "Jonas' Antwort zur Bedarfserschließung.",
    });
    await repos.answers.saveNew(jonasAnswer);
    await repos.deliveries.recordIfAbsent(
      delivery({ orgId, memberId: STAFF.anna, periodKey: "2026-W06", state: "sent", response: "answered" }),
    );
    await repos.deliveries.recordIfAbsent(
      delivery({ orgId, memberId: STAFF.jonas, periodKey: "2026-W06", state: "sent" }),
    );
    await repos.audit.record({
      orgId,
      at: "2026-02-06T10:00:00.000Z",
      actorMemberId: STAFF.anna,
      action: "data.exported",
      details: { exportId: "data-1" },
    });
    await repos.audit.record({
      orgId,
      at: "2026-02-06T11:00:00.000Z",
      actorMemberId: STAFF.jonas,
      action: "data.exported",
      details: { exportId: "data-2" },
    });
    return { orgId, annas, jonasAnswer };
  }

  it("exports all of a member's data as JSON: profile, answers with history, deliveries, own audit entries, and nobody else's", async () => {
    const { orgId, annas } = await organisationWithTwoMembers();

    const data = await collectPersonalData(context().repos, orgId, STAFF.anna);
    const json = JSON.parse(JSON.stringify(data)) as typeof data;

    expect(json).toEqual(data);
    expect(data.member).toMatchObject({ memberId: STAFF.anna, name: "Anna Schneider" });
    expect(data.answers.map((item) => item.answerId).sort()).toEqual(annas.map((item) => item.answerId).sort());
    expect(data.answers.find((item) => item.answerId === annas[0]?.answerId)).toMatchObject({
      text: "Überarbeitet nach der Teamsitzung.",
      history: [{ text: annas[0]?.text }],
    });
    expect(data.deliveries.map((item) => item.memberId)).toEqual([STAFF.anna]);
    expect(data.auditEntries.map((item) => item.details)).toEqual([{ exportId: "data-1" }]);
    expect(JSON.stringify(data)).not.toContain(STAFF.jonas);
    expect(JSON.stringify(data)).not.toContain("Jonas' Antwort");
  });

  it("deletes all of a member's answers so that drafts compiled afterwards no longer see them", async () => {
    const { orgId, jonasAnswer } = await organisationWithTwoMembers();
    const { repos } = context();

    expect(await eraseAnswers(repos, orgId, STAFF.anna)).toEqual({ answers: 3, dataExports: 0 });

    const { items } = await collectPages(repos.answers.streamForOrg(orgId));
    expect(items.map((item) => item.answerId)).toEqual([jonasAnswer.answerId]);
    const { items: facts } = await collectPages(repos.answers.factsForOrg(orgId));
    expect(facts.map((fact) => fact.memberId)).toEqual([STAFF.jonas]);
    const after = await collectPersonalData(repos, orgId, STAFF.anna);
    expect(after.answers).toEqual([]);
    // Deliveries hold no text and stay, so the scheduler does not ask the same prompts again.
    expect(after.deliveries).toHaveLength(1);
  });
});
