/**
 * Keeps the embedded server's data across restarts and crashes, in the data folder:
 * - every write is appended to a journal (`cosmos-journal-*.ndjson`) and on disk before the
 *   server acknowledges it, so what the app confirmed (an answer's "Gespeichert", a prompt
 *   recorded as sent) survives a kill -9 or a power cut, whoever wrote it (a turn, a timer,
 *   work that goes on after a turn);
 * - now and then (and on stop) the journal is folded into `cosmos-snapshot.json`;
 * - at start the snapshot is restored and the journal since it replayed.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { z } from "zod";
import type { CosmosStore } from "../../bot/store/cosmos-store";
import {
  applyMutations,
  exportSnapshot,
  importSnapshot,
  storeMutationSchema,
  storeSnapshotSchema,
  type StoreMutation,
} from "../../bot/store/snapshot";
import { stripCosmosSystemFields } from "../../bot/store/versioned-document";
import type { EmbeddedWrite } from "./cosmos-writes";
import { listSegments, openWriteAheadLog, readSegment, syncFolder, type WriteAheadLog } from "./write-ahead-log";

export const SNAPSHOT_FILE = "cosmos-snapshot.json";
export const JOURNAL_PREFIX = "cosmos-journal";
/** Past this size the journal is folded into the snapshot (a restart replays less). */
const COMPACT_AT_BYTES = 4 * 1024 * 1024;
/** How much of a journal segment is filled with zeros at a time, ahead of its records. */
const PREALLOCATE_AT_MOST_BYTES = 1024 * 1024;

/** The snapshot and the first journal segment not contained in it. Earlier versions wrote the containers alone. */
const snapshotFileSchema = z.union([
  z.object({ format: z.literal(2), journalFrom: z.number().int().positive(), containers: storeSnapshotSchema }),
  storeSnapshotSchema.transform((containers) => ({ format: 2 as const, journalFrom: 1, containers })),
]);

/** One journal record: the writes of one request to the store. */
const journalRecordSchema = z.array(storeMutationSchema);

export interface StorePersistence {
  /** Restores the snapshot and replays the journal (documents: how many the store holds then); only then are writes recorded. */
  restore(): Promise<{ documents: number; replayedWrites: number }>;
  /** Resolves once the writes are on disk (the embedded server's `recordWrites`). */
  record(writes: readonly EmbeddedWrite[]): Promise<void>;
  /** Folds the journal into the snapshot and closes it. */
  stop(): Promise<void>;
}

export interface StorePersistenceOptions {
  store: CosmosStore;
  /** The app's database: only its writes are kept. */
  database: string;
  dataDir: string;
  /** Where a failed background compaction is reported (the journal still holds everything). */
  report?: (line: string) => void;
  /** Past this journal size the journal is folded into the snapshot (default 4 MB). */
  compactAtBytes?: number;
}

export function createStorePersistence(options: StorePersistenceOptions): StorePersistence {
  const { store, database, dataDir } = options;
  const compactAtBytes = options.compactAtBytes ?? COMPACT_AT_BYTES;
  const report = options.report ?? ((line: string) => process.stderr.write(`${line}\n`));
  const snapshotFile = path.join(dataDir, SNAPSHOT_FILE);
  let log: WriteAheadLog | undefined;
  /** The compaction under way; it resolves with the number of documents in its snapshot. */
  let compacting: Promise<number> | undefined;

  /** The snapshot taken after the current segment was closed contains it and every earlier one. */
  const compact = (): Promise<number> =>
    (compacting ??= (async () => {
      if (!log) return 0;
      const closed = await log.rotate();
      const containers = await exportSnapshot(store);
      await writeFileDurably(snapshotFile, JSON.stringify({ format: 2, journalFrom: closed + 1, containers }));
      for (const segment of listSegments(dataDir, JOURNAL_PREFIX))
        if (segment.number <= closed) fs.rmSync(segment.file, { force: true });
      return Object.values(containers).reduce((sum, documents) => sum + documents.length, 0);
    })().finally(() => (compacting = undefined)));

  return {
    async restore() {
      const snapshot = readSnapshotFile(snapshotFile);
      const imported = snapshot ? await importSnapshot(store, snapshot.containers) : 0;
      const journalFrom = snapshot?.journalFrom ?? 1;
      let replayedWrites = 0;
      let lastSegment = journalFrom - 1;
      for (const segment of listSegments(dataDir, JOURNAL_PREFIX)) {
        // Older segments are in the snapshot already: a compaction stopped before removing them.
        if (segment.number < journalFrom) {
          fs.rmSync(segment.file, { force: true });
          continue;
        }
        for (const record of readSegment(segment.file)) {
          const writes = journalRecordSchema.parse(record);
          await applyMutations(store, writes);
          replayedWrites += writes.length;
        }
        lastSegment = segment.number;
      }
      // A segment is folded into the snapshot at the compaction size: zeros past it would not be reached.
      log = await openWriteAheadLog(dataDir, JOURNAL_PREFIX, lastSegment + 1, {
        preallocateBytes: Math.min(compactAtBytes, PREALLOCATE_AT_MOST_BYTES),
      });
      // Replayed writes are folded into a new snapshot at once, which also counts the documents.
      const documents = lastSegment >= journalFrom ? await compact() : imported;
      return { documents, replayedWrites };
    },

    async record(writes) {
      // Writes during the restore are the restore's own: they are on disk already.
      if (!log) return;
      const kept = writes.flatMap((write) => (write.database === database ? mutationOf(write) : []));
      if (kept.length === 0) return;
      await log.append(kept);
      if (log.size() > compactAtBytes && !compacting)
        compact().catch((error: unknown) =>
          report(
            `local store: compaction failed (${error instanceof Error ? error.message : "error"}); the journal keeps every write`,
          ),
        );
    },

    async stop() {
      if (!log) return;
      try {
        await compacting?.catch(() => undefined);
        await compact();
      } finally {
        await log.close();
      }
    },
  };
}

/** The write as the store's snapshot module replays it; writes to containers the app does not have are not kept. */
function mutationOf(write: EmbeddedWrite): StoreMutation[] {
  const mutation =
    write.kind === "put"
      ? { kind: write.kind, container: write.container, document: stripCosmosSystemFields(write.document) }
      : { kind: write.kind, container: write.container, id: write.id, partitionKey: write.partitionKey };
  const parsed = storeMutationSchema.safeParse(mutation);
  return parsed.success ? [parsed.data] : [];
}

function readSnapshotFile(file: string): z.infer<typeof snapshotFileSchema> | undefined {
  if (!fs.existsSync(file)) return undefined;
  return snapshotFileSchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
}

/** Written beside, synced, then renamed over the old file: a crash leaves the old or the new one whole. */
async function writeFileDurably(file: string, text: string): Promise<void> {
  const temporary = `${file}.tmp`;
  const handle = await fs.promises.open(temporary, "w");
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.promises.rename(temporary, file);
  await syncFolder(path.dirname(file));
}
