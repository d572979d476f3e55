/**
 * A process killed in the middle of the fan-out or of an export. A crash is simulated where it
 * would leave its traces: records half written, leases held by a worker that never comes back,
 * sends that never return. Another process picks the work up once the leases have expired.
 */
import type { Delivery } from "../../bot/domain/delivery";
import { DRAFT_JOB_LEASE_MS } from "../../bot/flows/export-flow";
import type { ProactiveSender } from "../../bot/scheduling";
import type { Repositories } from "../../bot/store";
import { fakeClock, sendCounts, TUESDAY_SLOT, type FakeClock } from "../integration/delivery-fixtures";
import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import { buttonData, inputValues, linkUrl, type InvokeBody } from "../support/card-inspection";
import { seedOrg } from "../support/org-fixture";
import { ANNA, MIRIAM, TENANT_ID, executeAction, message } from "../support/teams-activities";
import { MINUTE, outboxOver, type Outbox } from "./support/outbox";

/** What a process that was killed does from then on: nothing, and it never returns. */
const never = <T>(): Promise<T> => new Promise<T>(() => undefined);

describe("a process killed during the fan-out", () => {
  let bot: BotHarness;
  let clock: FakeClock;
  let outbox: Outbox;

  beforeAll(async () => {
    bot = await startBotHarness();
    clock = fakeClock(TUESDAY_SLOT);
    outbox = outboxOver((await bot.services()).repos, clock, bot.connector.serviceUrl);
  });
  afterAll(async () => bot.stop());
  beforeEach(() => bot.clear());
  afterEach(() => jest.restoreAllMocks());

  it("records each member's prompt once when a tick dies part-way and the next tick runs", async () => {
    const { repos } = await bot.services();
    const members = Array.from({ length: 20 }, (_, i) => `tick-${i}`);
    await outbox.addMembers("org-tick-crash", members);
    // The killed process writes seven prompts; its eighth write and everything after never happen.
    let writes = 0;
    let killed: () => void = () => undefined;
    const isKilled = new Promise<void>((resolve) => (killed = resolve));
    const dyingRepos: Repositories = {
      ...repos,
      deliveries: {
        ...repos.deliveries,
        async recordIfAbsent(delivery) {
          if (++writes > 7) {
            killed();
            return never();
          }
          return repos.deliveries.recordIfAbsent(delivery);
        },
      },
    };
    void outbox
      .scheduling("scheduler-killed", { repos: dyingRepos })
      .tick({ now: clock.now(), orgIds: ["org-tick-crash"], isDueNow: true });
    await isKilled;
    // Writes already on their way when the process died still land; nothing else does.
    const written = (await outbox.deliveriesOf("org-tick-crash")).length;
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThanOrEqual(7);

    const next = await outbox
      .scheduling("scheduler-2")
      .tick({ now: clock.now(), orgIds: ["org-tick-crash"], isDueNow: true });
    expect(next.recorded).toBe(20 - written);
    const recorded = await outbox.deliveriesOf("org-tick-crash");
    expect(recorded).toHaveLength(20);
    expect(new Set(recorded.map((d) => d.memberId)).size).toBe(20);

    await outbox.scheduling("worker").worker.run({ orgIds: ["org-tick-crash"] });
    const counts = sendCounts(bot.connector);
    expect(counts.size).toBe(20);
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
  });

  it("sends what a worker killed mid-send left behind once its leases expire: every prompt arrives, only the card that was on its way when it died twice", async () => {
    const members = Array.from({ length: 16 }, (_, i) => `fan-${i}`);
    await outbox.orgWithDuePrompts("org-fan-crash", members);
    // Four lanes over a claimed batch of ten: sends 1-5 complete; send 6 reaches Teams and the
    // process dies before it hears back; sends 7-9 (the other lanes) never leave.
    let sends = 0;
    let onTheWay = "";
    let frozen: () => void = () => undefined;
    const isFrozen = new Promise<void>((resolve) => (frozen = resolve));
    const dying: ProactiveSender = {
      async send(target, card, summary) {
        const nth = ++sends;
        if (nth === 9) frozen();
        if (nth > 6) return never();
        const receipt = await outbox.sender.send(target, card, summary);
        if (nth < 6) return receipt;
        onTheWay = JSON.stringify(card).match(/"deliveryId":"([^"]+)"/)?.[1] ?? "";
        return never();
      },
    };
    void outbox
      .scheduling("worker-killed", { sender: dying, settings: { concurrency: 4, batchSize: 10 } })
      .worker.run({ orgIds: ["org-fan-crash"] });
    await isFrozen;
    const held = (await outbox.deliveriesOf("org-fan-crash")).filter((d) => d.state === "sending");
    expect(held).toHaveLength(5);

    // While the dead worker's leases last, another worker sends only what nobody holds.
    expect(await outbox.scheduling("worker-2").worker.run({ orgIds: ["org-fan-crash"] })).toMatchObject({ sent: 6 });
    clock.advance(2 * MINUTE + 1_000);
    expect(await outbox.scheduling("worker-3").worker.run({ orgIds: ["org-fan-crash"] })).toMatchObject({ sent: 5 });

    expect((await outbox.deliveriesOf("org-fan-crash")).every((d: Delivery) => d.state === "sent")).toBe(true);
    const counts = sendCounts(bot.connector);
    expect(counts.size).toBe(16);
    // The card on its way when the process died had no "sent" written: it is the one that comes twice.
    expect([...counts.entries()].filter(([, count]) => count > 1)).toEqual([[onTheWay, 2]]);
  });
});

describe("a process killed during an export", () => {
  const OFFICER_ENV = { BOOTSTRAP_QUALITY_OFFICERS: MIRIAM.aadObjectId };
  let bot: BotHarness;

  beforeAll(async () => {
    bot = await startBotHarness(OFFICER_ENV);
    await seedOrg((await bot.services()).repos);
    for (let i = 0; i < 3; i++) {
      bot.clear();
      await bot.post(message(ANNA, bot.connector.serviceUrl, "frage"));
      const card = cardOf(bot.sent()[0]);
      await bot.post(
        executeAction(ANNA, bot.connector.serviceUrl, "answer.submit", {
          ...buttonData(card, "Absenden"),
          answer: `Wir evaluieren jedes Semester (Nr. ${i}).`,
        }),
      );
    }
    await bot.post(message(MIRIAM, bot.connector.serviceUrl, "hilfe"));
  });
  afterAll(async () => bot.stop());
  beforeEach(() => bot.clear());
  afterEach(() => jest.restoreAllMocks());

  const services = () => bot.services();
  const readyCards = () =>
    bot.sent().filter((activity) => cardText(cardOf(activity)).includes("Ihr Entwurf ist fertig"));

  async function pendingJob(exportId: string, formats: ("docx" | "markdown")[]): Promise<void> {
    const { repos } = await services();
    const officer = await repos.members.get(TENANT_ID, MIRIAM.aadObjectId);
    if (!officer) throw new Error("the quality officer is not recorded");
    const now = new Date();
    await repos.exports.save({
      exportId,
      orgId: TENANT_ID,
      requestedBy: officer.memberId,
      kind: "draft",
      format: formats[0] ?? "markdown",
      status: "pending",
      fileName: "draft-job",
      contentType: "application/json",
      request: {
        areas: ["leitbild", "evaluation", "kernprozess", "schluesselprozesse", "bedarfserschliessung"],
        from: "2026-09-01",
        to: "2027-09-30",
        formats,
        attribution: "pseudonymous",
        mode: "structured",
        locale: "de",
        conversation: officer.conversation,
        timeZone: "Europe/Berlin",
      },
      createdAt: now.toISOString(),
    });
  }

  it("finishes a draft job whose worker died before writing anything, once, after its lease expired, and says so once", async () => {
    const { repos, housekeeping } = await services();
    await pendingJob("draft-killed-early", ["markdown"]);
    // The worker took the job twenty minutes ago (its lease is fifteen) and was never heard of again.
    const claimedAt = new Date(Date.now() - 20 * MINUTE);
    expect(await repos.exports.claimJob(TENANT_ID, "draft-killed-early", claimedAt, DRAFT_JOB_LEASE_MS)).toBeDefined();

    // Two processes run housekeeping at once: one of them gets the job.
    await Promise.all([housekeeping.run(new Date()), housekeeping.run(new Date())]);
    expect(await repos.exports.get(TENANT_ID, "draft-killed-early")).toMatchObject({
      status: "ready",
      fileIds: ["draft-killed-early-md"],
      attempts: 2,
    });
    const [ready, ...more] = readyCards();
    expect(more).toHaveLength(0);
    const download = await fetch(linkUrl(cardOf(ready), "Markdown herunterladen"));
    expect(download.status).toBe(200);
    expect(await download.text()).toContain("Wir evaluieren jedes Semester");

    await housekeeping.run(new Date());
    expect(readyCards()).toHaveLength(1);
  });

  it("resumes an export whose process died after writing one of its files, and finishes it with each file once", async () => {
    const { repos, housekeeping, clock } = await services();
    bot.clear();
    await bot.post(message(MIRIAM, bot.connector.serviceUrl, "export"));
    const form = cardOf(bot.sent()[0]);
    const exports = repos.exports;
    const save = exports.save.bind(exports);
    let files = 0;
    jest.spyOn(exports, "save").mockImplementation(async (record) => {
      if (record.status === "ready" && ++files === 2) throw new Error("process killed");
      return save(record);
    });

    const died = (
      await bot.post(
        executeAction(MIRIAM, bot.connector.serviceUrl, "export.create", {
          ...inputValues(form),
          ...buttonData(form, "Dateien erstellen"),
          formats: "docx,markdown",
        }),
      )
    ).body as InvokeBody;
    // In a real crash Teams would show its own error; here the turn's handler answers.
    expect(died.type).toBe("application/vnd.microsoft.activity.message");
    jest.restoreAllMocks();
    const job = (
      await repos.exports.listClaimableJobs(TENANT_ID, new Date(Date.now() + DRAFT_JOB_LEASE_MS + MINUTE))
    )[0];
    expect(job).toMatchObject({ status: "pending", attempts: 1 });
    const jobId = job?.exportId ?? "";
    expect(await repos.exports.get(TENANT_ID, `${jobId}-docx`)).toMatchObject({ status: "ready" });

    // After the lease has expired, housekeeping takes the job over.
    const later = new Date(Date.now() + DRAFT_JOB_LEASE_MS + MINUTE);
    jest.spyOn(clock, "now").mockImplementation(() => new Date(later.getTime()));
    bot.clear();
    expect((await housekeeping.run(later)).resumedJobs).toBe(1);

    expect(await repos.exports.get(TENANT_ID, jobId)).toMatchObject({
      status: "ready",
      fileIds: [`${jobId}-docx`, `${jobId}-md`],
    });
    const [ready, ...more] = readyCards();
    expect(more).toHaveLength(0);
    for (const title of ["Word herunterladen", "Markdown herunterladen"]) {
      expect((await fetch(linkUrl(cardOf(ready), title))).status).toBe(200);
    }
    expect((await housekeeping.run(later)).resumedJobs).toBe(0);
  });
});
