import { deliverySchema, type Delivery } from "../../../bot/domain/delivery";
import { memberSchema, type Member } from "../../../bot/domain/member";
import { isReminderDue, queueReminder } from "../../../bot/scheduling/reminders";
import { resumeSnoozed } from "../../../bot/scheduling/snoozes";
import { orgConfig } from "../../support/org-fixture";

const HOUR = 60 * 60 * 1000;
const sentAt = new Date("2026-11-24T09:00:00.000Z");
const config = orgConfig({ reminderAfterHours: 48 });

function delivery(overrides: Partial<Delivery> = {}): Delivery {
  return deliverySchema.parse({
    orgId: config.orgId,
    deliveryId: "delivery:2026-09-01:2026-W48:anna",
    memberId: "anna",
    kind: "scheduled",
    promptId: "kernprozess.results.lqw.1",
    area: "kernprozess",
    dimension: "results",
    periodKey: "2026-W48",
    dueAt: sentAt.toISOString(),
    state: "sent",
    response: "open",
    attempts: 1,
    sentAt: sentAt.toISOString(),
    createdAt: sentAt.toISOString(),
    updatedAt: sentAt.toISOString(),
    ...overrides,
  });
}

function member(overrides: Partial<Member> = {}): Member {
  return memberSchema.parse({
    orgId: config.orgId,
    memberId: "anna",
    userId: "29:anna",
    name: "Anna Schneider",
    timeZone: "Europe/Berlin",
    conversation: {
      channelId: "msteams",
      serviceUrl: "https://smba.trafficmanager.net/emea/",
      conversationId: "a:1",
      tenantId: config.orgId,
      botId: "28:bot",
    },
    createdAt: sentAt.toISOString(),
    updatedAt: sentAt.toISOString(),
    ...overrides,
  });
}

const at = (hours: number) => new Date(sentAt.getTime() + hours * HOUR);
const context = (now: Date, overrides: Partial<Parameters<typeof isReminderDue>[1]> = {}) => ({
  config,
  member: member(),
  newestCreatedAt: sentAt.toISOString(),
  now,
  ...overrides,
});

describe("reminders", () => {
  it("is due once the prompt has been open for the organisation's reminder delay", () => {
    expect(isReminderDue(delivery(), context(at(47.9)))).toBe(false);
    expect(isReminderDue(delivery(), context(at(48)))).toBe(true);
  });

  it("is never due twice: once queued or sent, the delivery no longer waits for one", () => {
    const queued = queueReminder(delivery(), at(48));
    expect(queued).toMatchObject({ purpose: "reminder", state: "pending", attempts: 0 });
    expect(isReminderDue({ ...queued, state: "sent", reminderSentAt: at(48).toISOString() }, context(at(200)))).toBe(
      false,
    );
    expect(isReminderDue({ ...queued, state: "sent" }, context(at(200)))).toBe(false);
    expect(queueReminder({ ...queued, state: "sent" }, at(200))).toEqual({ ...queued, state: "sent" });
  });

  it.each(["answered", "skipped", "snoozed", "replaced"] as const)(
    "is not due when the member %s the prompt",
    (response) => {
      expect(isReminderDue(delivery({ response }), context(at(72)))).toBe(false);
    },
  );

  it("is not due for prompts the member asked for, or once a newer prompt has reached them", () => {
    expect(isReminderDue(delivery({ kind: "onDemand" }), context(at(72)))).toBe(false);
    expect(isReminderDue(delivery(), context(at(72), { newestCreatedAt: at(50).toISOString() }))).toBe(false);
  });

  it("waits while the member is paused, on vacation, or the organisation is in a quiet period", () => {
    expect(isReminderDue(delivery(), context(at(48), { member: member({ pausedUntil: "2026-11-26" }) }))).toBe(false);
    expect(isReminderDue(delivery(), context(at(48), { member: member({ vacationUntil: "2026-11-30" }) }))).toBe(false);
    const quiet = orgConfig({
      quietPeriods: [{ id: "q", label: "Betriebsferien", from: "2026-11-26", to: "2026-11-27" }],
    });
    expect(isReminderDue(delivery(), context(at(48), { config: quiet }))).toBe(false);
    expect(isReminderDue(delivery(), context(at(72), { member: member({ pausedUntil: "2026-11-26" }) }))).toBe(true);
  });

  it("is not due for members who removed the app or cannot be reached", () => {
    expect(isReminderDue(delivery(), context(at(48), { member: member({ isInstalled: false }) }))).toBe(false);
    expect(isReminderDue(delivery(), context(at(48), { member: member({ isReachable: false }) }))).toBe(false);
    expect(isReminderDue(delivery(), context(at(48), { member: undefined }))).toBe(false);
  });
});

describe("snoozed prompts", () => {
  const snoozed = delivery({ response: "snoozed", snoozedUntil: at(1).toISOString(), purpose: "reminder" });

  it("stay snoozed until the snooze ends", () => {
    expect(resumeSnoozed(snoozed, at(0.5), true)).toBe(snoozed);
  });

  it("come back as the prompt card, open, with fresh attempts", () => {
    expect(resumeSnoozed(snoozed, at(1), true)).toMatchObject({
      response: "open",
      state: "pending",
      purpose: "prompt",
      attempts: 0,
      snoozedUntil: undefined,
    });
  });

  it("only reopen, without a second card, when a newer prompt has come meanwhile", () => {
    expect(resumeSnoozed(snoozed, at(1), false)).toMatchObject({
      response: "open",
      state: "sent",
      snoozedUntil: undefined,
    });
  });

  it("are left alone while a worker is sending them", () => {
    const sending = { ...snoozed, state: "sending" as const };
    expect(resumeSnoozed(sending, at(2), true)).toBe(sending);
  });
});
