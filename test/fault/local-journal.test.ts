/**
 * The local runtime's journal of store writes (functions/local/store-persistence.ts): every write
 * the embedded server acknowledged, of every kind and from any code (a turn, a timer, work after a
 * turn), is replayed after the process died without stopping; what was cut off mid-write was
 * never acknowledged; a write the journal could not keep is not acknowledged either.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { BulkOperationType } from "@azure/cosmos";
import { createCosmosStore, type CosmosStore } from "../../bot/store/cosmos-store";
import { exportSnapshot } from "../../bot/store/snapshot";
import { startEmbeddedCosmos, type EmbeddedCosmos } from "../../functions/local/embedded-cosmos";
import {
  createStorePersistence,
  JOURNAL_PREFIX,
  SNAPSHOT_FILE,
  type StorePersistence,
} from "../../functions/local/store-persistence";
import { listSegments } from "../../functions/local/write-ahead-log";

const DATABASE = "lqw-reflect";
const ORG = "org-journal";

interface LocalProcess {
  cosmos: EmbeddedCosmos;
  store: CosmosStore;
  persistence: StorePersistence;
  restored: { documents: number; replayedWrites: number };
}

describe("the local store's journal", () => {
  let dataDir: string;
  const started: LocalProcess[] = [];
  /** A folding the test's "crash" interrupted reports itself; the journal keeps everything. */
  const reported: string[] = [];

  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "lqw-reflect-journal-"));
  });
  afterEach(async () => {
    reported.length = 0;
    for (const process of started.splice(0)) await abandon(process);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** What `npm start` does with the embedded store: server, client, restore; then writes are journaled. */
  async function startLocal(
    recordWrites?: (persistence: StorePersistence) => () => Promise<void>,
    compactAtBytes?: number,
  ) {
    let persistence: StorePersistence | undefined;
    const cosmos = await startEmbeddedCosmos(0, {
      recordWrites: async (writes) => {
        if (recordWrites && persistence) return recordWrites(persistence)();
        await persistence?.record(writes);
      },
    });
    const store = await createCosmosStore({
      endpoint: cosmos.endpoint,
      key: cosmos.key,
      database: DATABASE,
      isLoopback: true,
      requestTimeoutMs: 60_000,
    });
    await store.ensureContainers();
    persistence = createStorePersistence({
      store,
      database: DATABASE,
      dataDir,
      report: (line) => reported.push(line),
      ...(compactAtBytes ? { compactAtBytes } : {}),
    });
    const local: LocalProcess = { cosmos, store, persistence, restored: { documents: 0, replayedWrites: 0 } };
    started.push(local);
    local.restored = await persistence.restore();
    return local;
  }

  /** The process dies: nothing is flushed or folded, the server just goes away. */
  async function abandon(local: LocalProcess): Promise<void> {
    const index = started.indexOf(local);
    if (index >= 0) started.splice(index, 1);
    await local.cosmos.stop();
    await local.store.close();
    // With the server gone its last folding fails: the journal stays as the dead process left it.
    await local.persistence.stop().catch(() => undefined);
  }

  /** One write of every kind the app uses, or could: create, upsert, replace, patch, delete, batch. */
  async function writeEveryKind(store: CosmosStore): Promise<void> {
    const answers = store.container("answers");
    const config = store.container("config");
    await answers.items.create({ id: "a-1", orgId: ORG, text: "Erste Antwort" });
    await answers.items.create({ id: "a-2", orgId: ORG, text: "Wird gelöscht" });
    await answers.items.upsert({ id: "a-3", orgId: ORG, text: "Eingefügt" });
    await answers.items.upsert({ id: "a-3", orgId: ORG, text: "Überschrieben" });
    await answers.item("a-1", ORG).replace({ id: "a-1", orgId: ORG, text: "Bearbeitet", version: 2 });
    await store.container("deliveries").items.create({ id: "d-1", orgId: ORG, state: "sent", response: "open" });
    await store
      .container("deliveries")
      .item("d-1", ORG)
      .patch([{ op: "set", path: "/response", value: "answered" }]);
    await answers.item("a-2", ORG).delete();
    await config.items.create({ id: "gone-in-batch", orgId: ORG, type: "member" });
    await config.items.batch(
      [
        {
          operationType: BulkOperationType.Create,
          partitionKey: ORG,
          resourceBody: { id: "guard", orgId: ORG, version: 1 },
        },
        {
          operationType: BulkOperationType.Upsert,
          partitionKey: ORG,
          resourceBody: { id: "member-1", orgId: ORG, role: "staff" },
        },
        { operationType: BulkOperationType.Delete, partitionKey: ORG, id: "gone-in-batch" },
      ],
      ORG,
    );
  }

  it("replays every kind of acknowledged write after the process died without stopping", async () => {
    const first = await startLocal();
    await writeEveryKind(first.store);
    const before = await exportSnapshot(first.store);
    await abandon(first);
    expect(fs.existsSync(path.join(dataDir, SNAPSHOT_FILE))).toBe(false);

    const second = await startLocal();
    expect(second.restored.replayedWrites).toBe(12);
    expect(await exportSnapshot(second.store)).toEqual(before);
    expect(before.answers?.map((document) => document.id).sort()).toEqual(["a-1", "a-3"]);
    expect(before.config?.map((document) => document.id).sort()).toEqual(["guard", "member-1"]);
  });

  it("folds the journal into the snapshot on restart and on stop, and replays only what came after", async () => {
    const first = await startLocal();
    await writeEveryKind(first.store);
    await abandon(first);
    const second = await startLocal();
    // The replayed journal is in the snapshot now; one empty segment is open for what comes next.
    expect(fs.existsSync(path.join(dataDir, SNAPSHOT_FILE))).toBe(true);
    expect(listSegments(dataDir, JOURNAL_PREFIX)).toHaveLength(1);
    await second.store.container("answers").items.create({ id: "a-after", orgId: ORG, text: "Danach" });
    const before = await exportSnapshot(second.store);
    await abandon(second);

    const third = await startLocal();
    expect(third.restored.replayedWrites).toBe(1);
    expect(await exportSnapshot(third.store)).toEqual(before);
    await third.persistence.stop();
    await abandon(third);

    const fourth = await startLocal();
    expect(fourth.restored).toEqual({ documents: countOf(before), replayedWrites: 0 });
    expect(await exportSnapshot(fourth.store)).toEqual(before);
  });

  it("loses no write made while the journal is folded into the snapshot, many times over", async () => {
    // A tiny limit: the journal is folded every few writes, while 300 writes are under way at once.
    const first = await startLocal(undefined, 2_048);
    const ids = Array.from({ length: 300 }, (_, i) => `a-${String(i).padStart(3, "0")}`);
    await Promise.all(
      ids.map((id) => first.store.container("answers").items.create({ id, orgId: ORG, text: `Antwort ${id}` })),
    );
    expect(listSegments(dataDir, JOURNAL_PREFIX)[0]?.number).toBeGreaterThan(3);
    await abandon(first);

    const second = await startLocal();
    const answers = (await exportSnapshot(second.store)).answers ?? [];
    expect(answers.map((document) => document.id).sort()).toEqual(ids);
  });

  it("restores a snapshot an earlier version wrote (the containers alone)", async () => {
    fs.writeFileSync(
      path.join(dataDir, SNAPSHOT_FILE),
      JSON.stringify({ answers: [{ id: "a-old", orgId: ORG, text: "Von früher" }], config: [] }),
    );
    const local = await startLocal();
    expect(local.restored).toEqual({ documents: 1, replayedWrites: 0 });
    expect((await exportSnapshot(local.store)).answers?.map((document) => document.id)).toEqual(["a-old"]);
  });

  it("leaves out a record cut off mid-write (never acknowledged) and keeps every record before it", async () => {
    const first = await startLocal();
    await first.store.container("answers").items.create({ id: "a-1", orgId: ORG, text: "Bestätigt" });
    await abandon(first);
    const [segment] = listSegments(dataDir, JOURNAL_PREFIX);
    if (!segment) throw new Error("no journal segment");
    fs.appendFileSync(segment.file, '[{"kind":"put","container":"answers","document":{"id":"a-2","orgId":"org-jou');

    const second = await startLocal();
    const answers = (await exportSnapshot(second.store)).answers ?? [];
    expect(answers.map((document) => document.id)).toEqual(["a-1"]);
  });

  it("refuses to start on a journal damaged in the middle, instead of dropping what follows", async () => {
    const first = await startLocal();
    await first.store.container("answers").items.create({ id: "a-1", orgId: ORG, text: "Bestätigt" });
    await abandon(first);
    const [segment] = listSegments(dataDir, JOURNAL_PREFIX);
    if (!segment) throw new Error("no journal segment");
    fs.writeFileSync(segment.file, `{"damaged\n${fs.readFileSync(segment.file, "utf8")}`);

    await expect(startLocal()).rejects.toThrow(/line 1: not a complete record/);
  });

  it("does not acknowledge a write the journal could not keep: the caller hears the store failed", async () => {
    const local = await startLocal(() => () => Promise.reject(new Error("disk full")));
    await expect(
      local.store.container("answers").items.create({ id: "a-1", orgId: ORG, text: "Nicht bestätigt" }),
    ).rejects.toMatchObject({ code: 500 });
  });
});

function countOf(snapshot: Record<string, unknown[] | undefined>): number {
  return Object.values(snapshot).reduce((sum, documents) => sum + (documents?.length ?? 0), 0);
}
