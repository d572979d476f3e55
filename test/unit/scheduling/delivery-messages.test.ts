import { deliverySchema, type Delivery } from "../../../bot/domain/delivery";
import { memberSchema, type Member } from "../../../bot/domain/member";
import { createMessageCache, messageFor } from "../../../bot/scheduling/delivery-messages";
import { orgConfig } from "../../support/org-fixture";

const at = "2026-11-24T09:00:00.000Z";
const org = orgConfig();

function delivery(memberId: string, overrides: Partial<Delivery> = {}): Delivery {
  return deliverySchema.parse({
    orgId: org.orgId,
    deliveryId: `delivery:2026-09-01:2026-W48:${memberId}`,
    memberId,
    kind: "scheduled",
    promptId: "kernprozess.results.lqw.1",
    area: "kernprozess",
    dimension: "results",
    periodKey: "2026-W48",
    dueAt: at,
    state: "sending",
    response: "open",
    attempts: 0,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  });
}

function member(memberId: string, overrides: Partial<Member> = {}): Member {
  return memberSchema.parse({
    orgId: org.orgId,
    memberId,
    userId: `29:${memberId}`,
    name: `Person ${memberId}`,
    timeZone: "Europe/Berlin",
    conversation: {
      channelId: "msteams",
      serviceUrl: "https://smba.trafficmanager.net/emea/",
      conversationId: `a:${memberId}`,
      tenantId: org.orgId,
      botId: "28:bot",
    },
    createdAt: at,
    updatedAt: at,
    ...overrides,
  });
}

/** Every string in a card, with its path: where two cards differ. */
function leaves(node: unknown, path = "$"): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (node !== null && typeof node === "object")
    for (const [key, value] of Object.entries(node))
      for (const entry of leaves(value, `${path}.${key}`)) found.set(...entry);
  else found.set(path, node);
  return found;
}

describe("prompt cards rendered once per fan-out (createMessageCache)", () => {
  it("gives two members of the same language, time zone and roles cards that differ only in their delivery ids", () => {
    const messageOf = createMessageCache(org);
    const [anna, ben] = [member("anna"), member("ben")];
    const forAnna = messageOf(delivery("anna"), anna);
    const forBen = messageOf(delivery("ben"), ben);
    if (!forAnna || !forBen) throw new Error("no card rendered");

    const annaLeaves = leaves(forAnna.card);
    const benLeaves = leaves(forBen.card);
    const differing = [...annaLeaves.keys()].filter((path) => annaLeaves.get(path) !== benLeaves.get(path));
    expect([...benLeaves.keys()]).toEqual([...annaLeaves.keys()]);
    expect(differing.length).toBeGreaterThan(0);
    for (const path of differing) {
      expect(annaLeaves.get(path)).toBe(delivery("anna").deliveryId);
      expect(benLeaves.get(path)).toBe(delivery("ben").deliveryId);
    }
    expect(forBen.summary).toBe(forAnna.summary);
  });

  it("sends each member exactly the card rendered for them alone", () => {
    const messageOf = createMessageCache(org);
    const readers = [
      member("anna"),
      member("ben"),
      member("chris", { locale: "en" }),
      member("dana", { roles: ["qualityOfficer"] }),
      member("emil", { timeZone: "America/New_York" }),
    ];
    for (const reader of readers)
      for (const kind of ["scheduled", "followUp"] as const) {
        const claimed = delivery(reader.memberId, { kind, deliveryId: `${kind}:${reader.memberId}` });
        expect(messageOf(claimed, reader)).toEqual(messageFor(claimed, reader, org));
      }
  });

  it("keeps a change to one member's card from reaching another's: the parts they share are read-only", () => {
    const messageOf = createMessageCache(org);
    const first = messageOf(delivery("anna"), member("anna"));
    if (!first) throw new Error("no card rendered");
    const body = first.card.body as unknown[];
    expect(() => (body.length = 0)).toThrow(TypeError);
    expect(() => Object.assign(first.card, { version: "0.1" })).not.toThrow(); // her own copy on the paths to the id
    expect(messageOf(delivery("ben"), member("ben"))).toEqual(messageFor(delivery("ben"), member("ben"), org));
  });

  it("renders reminders and unknown prompts as messageFor does", () => {
    const messageOf = createMessageCache(org);
    const reminder = delivery("anna", { purpose: "reminder", sentAt: at });
    expect(messageOf(reminder, member("anna"))).toEqual(messageFor(reminder, member("anna"), org));
    expect(messageOf(delivery("anna", { promptId: "no.such.prompt" }), member("anna"))).toBeUndefined();
  });
});
