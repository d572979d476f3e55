import type { MemberSighting } from "../../bot/domain/member";
import { parseDraftBundle } from "../../bot/drafts/bundle/draft-bundle";
import { draftBundleFromStore } from "../../bot/exports/draft-bundle-from-store";
import { STAFF, answer, newOrgId, orgConfig, useContractStore } from "./support/contract-fixtures";

const NOW = new Date("2026-03-20T09:00:00.000Z");
/** A person who is no member, as the previous Selbstreport or the Gutachten may name one. */
const OUTSIDER =
  "Fragen beantwortet die Leiterin Frau Dr. Beate Weber (beate.weber@vhs-musterstadt.example, 0521 94 31 07).";

function sighting(orgId: string, memberId: string, name: string): MemberSighting {
  return {
    orgId,
    memberId,
    userId: `29:1${memberId.slice(0, 8)}`,
    aadObjectId: memberId,
    name,
    locale: "de",
    timeZone: "Europe/Berlin",
    conversation: {
      channelId: "msteams",
      serviceUrl: "https://smba.trafficmanager.net/emea/",
      conversationId: `a:1${memberId.slice(0, 8)}`,
      tenantId: orgId,
      botId: "28:lqw-reflect",
    },
  };
}

describe("answers bundle from the store (Datenpaket)", () => {
  const context = useContractStore();

  it("carries the period's answers under pseudonyms, with names typed into them replaced, and passes the bundle schema", async () => {
    const orgId = newOrgId();
    const { repos } = context();
    const org = orgConfig(orgId, { successDefinition: "Lernen ist gelungen, wenn …" });
    await repos.orgs.save(org);
    await repos.members.recordSighting(sighting(orgId, STAFF.anna, "Anna Schneider"), NOW);
    await repos.members.recordSighting(sighting(orgId, STAFF.jonas, "Jonas Weber"), NOW);
    await repos.members.update(orgId, STAFF.anna, (member) => ({ ...member, consentsToNamedAttribution: true }));
    await repos.answers.saveNew(
      answer({
        orgId,
        memberId: STAFF.jonas,
        instance: "2026-W10",
        text: "Mit Anna Schneider haben wir die Wartelisten ausgewertet: 14 Anfragen im Februar 2026.",
        evidence: "Protokoll von Anna Schneider, 12.02.2026",
        createdAt: "2026-03-02T09:00:00.000Z",
      }),
    );
    await repos.answers.saveNew(
      answer({ orgId, memberId: STAFF.anna, instance: "2025-W50", createdAt: "2025-12-10T09:00:00.000Z" }),
    );

    const { bundle, citedMemberIds } = await draftBundleFromStore(repos, org, {
      from: "2026-01-01",
      to: "2026-03-31",
    });
    const parsed = parseDraftBundle(JSON.parse(JSON.stringify(bundle)));
    expect(parsed).toMatchObject({ ok: true });

    expect(bundle.organisation).toMatchObject({
      name: "Volkshochschule Musterstadt",
      model: "lqw",
      certification: "re",
      period: { from: "2026-01-01", to: "2026-03-31" },
    });
    expect(bundle.members).toHaveLength(2);
    for (const member of bundle.members) expect(member.id).toMatch(/^Person [0-9A-Z]+$/);
    expect(bundle.members.every((member) => member.name === undefined)).toBe(true);
    expect(bundle.members.filter((member) => member.namedAttribution)).toHaveLength(1);
    // Only the answer inside the period, written by a pseudonym, without the colleague's name.
    expect(bundle.answers).toHaveLength(1);
    const [only] = bundle.answers;
    expect(bundle.members.map((member) => member.id)).toContain(only?.memberId);
    const serialised = JSON.stringify(bundle);
    expect(serialised).not.toContain("Schneider");
    expect(serialised).not.toContain("Jonas");
    expect(only?.text).toContain("14 Anfragen im Februar 2026");
    expect(only?.evidenceNote).toContain("12.02.2026");
    // The stored answer id names the member; the bundle's is keyed and the same in the next Datenpaket.
    expect(only?.id).toMatch(/^a-[0-9a-f]{20}$/);
    expect(serialised).not.toContain(STAFF.jonas);
    expect(serialised).not.toContain(STAFF.anna);
    expect(citedMemberIds).toEqual([STAFF.jonas]);
    const again = await draftBundleFromStore(repos, org, { from: "2026-01-01", to: "2026-03-31" });
    expect(again.bundle.answers.map((a) => a.id)).toEqual([only?.id]);
  });

  it("carries the requirement list with its prompt tags, the goals, the previous Selbstreport, and each answer's requirements still on the list", async () => {
    const orgId = newOrgId();
    const { repos } = context();
    const org = orgConfig(orgId, { successDefinition: "Lernen ist gelungen, wenn …" });
    await repos.orgs.save(org);
    await repos.members.recordSighting(sighting(orgId, STAFF.anna, "Anna Schneider"), NOW);
    await repos.reportBasis.save(
      {
        orgId,
        requirements: [
          {
            id: "2.1",
            area: "bedarfserschliessung",
            title: "Wartelisten auswerten",
            promptIds: ["bedarfserschliessung.results.all.1"],
          },
        ],
        goals: [{ id: "11a.1", title: "Onlineanmeldung einführen", agreedAt: "2023-03-14" }],
        lastWorkshopAt: "2023-03-14",
        previousReportText: `QB 2: Die Wartelisten wertet Anna Schneider jedes Semester aus. ${OUTSIDER}`,
        reviewNotes: `Die Auswertung der Wartelisten sollte schriftlich festgehalten werden. ${OUTSIDER}`,
        updatedAt: NOW.toISOString(),
        updatedBy: STAFF.anna,
      },
      undefined,
    );
    // "2.9" was on the list when the answer was saved and has been removed since.
    await repos.answers.saveNew({
      ...answer({ orgId, memberId: STAFF.anna, instance: "2026-W11" }),
      requirementIds: ["2.9", "2.1"],
    });

    const { bundle } = await draftBundleFromStore(repos, org, { from: "2026-01-01", to: "2026-03-31" });
    expect(parseDraftBundle(JSON.parse(JSON.stringify(bundle)))).toMatchObject({ ok: true });
    expect(bundle.organisation).toMatchObject({
      requirements: [
        {
          id: "2.1",
          area: "bedarfserschliessung",
          title: "Wartelisten auswerten",
          promptIds: ["bedarfserschliessung.results.all.1"],
        },
      ],
      goals: [{ id: "11a.1", title: "Onlineanmeldung einführen", agreedAt: "2023-03-14" }],
      lastWorkshopAt: "2023-03-14",
    });
    expect(bundle.answers.map((a) => a.requirementIds)).toEqual([["2.1"]]);
    // The previous Selbstreport goes along, its member names replaced by their pseudonyms as in answers.
    const [anna] = bundle.members;
    // Someone who is no member, their e-mail address and phone number are replaced in both texts.
    const { selfReportText, reviewNotes } = bundle.organisation.previousReport ?? {};
    expect(selfReportText).toMatch(new RegExp(`^QB 2: Die Wartelisten wertet ${anna?.id} jedes Semester aus\\. `));
    expect(reviewNotes).toMatch(/^Die Auswertung der Wartelisten sollte schriftlich festgehalten werden\. /);
    for (const text of [selfReportText, reviewNotes])
      for (const personal of ["Weber", "Dr.", "beate.weber@", "0521", "94 31 07"]) expect(text).not.toContain(personal);
  });
});
