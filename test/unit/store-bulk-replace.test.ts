import type { Container } from "@azure/cosmos";
import { replaceEachIfMatch, type DocumentCodec } from "../../bot/store/versioned-document";

interface Note {
  orgId: string;
  noteId: string;
  text: string;
}

const codec: DocumentCodec<Note> = {
  type: "note",
  schemaVersion: 1,
  id: (note) => note.noteId,
  decode: (document) => document as unknown as Note,
};

const note = (noteId: string) => ({ value: { orgId: "org-1", noteId, text: `new ${noteId}` }, etag: `etag-${noteId}` });

/**
 * A container whose bulk request answers each operation with the given status, and whose single
 * replace (the fallback) answers with `replaceStatus` per id; records what was sent how.
 */
function fakeContainer(bulkStatuses: number[], replaceStatus: Record<string, number> = {}) {
  const bulkRequests: { ids: string[]; ifMatch: (string | undefined)[]; continueOnError?: boolean }[] = [];
  const singleReplaces: string[] = [];
  const container = {
    items: {
      bulk: async (
        operations: { id: string; ifMatch?: string }[],
        options?: { continueOnError?: boolean },
      ): Promise<unknown[]> => {
        const offset = bulkRequests.reduce((sum, request) => sum + request.ids.length, 0);
        bulkRequests.push({
          ids: operations.map((operation) => operation.id),
          ifMatch: operations.map((operation) => operation.ifMatch),
          continueOnError: options?.continueOnError,
        });
        return operations.map((operation, index) => {
          const statusCode = bulkStatuses[offset + index] ?? 200;
          return statusCode < 300 ? { statusCode, eTag: `bulk-${operation.id}` } : { statusCode };
        });
      },
    },
    item: (id: string) => ({
      replace: async () => {
        singleReplaces.push(id);
        const status = replaceStatus[id] ?? 200;
        if (status >= 300) throw Object.assign(new Error(`status ${status}`), { code: status });
        return { etag: `single-${id}` };
      },
    }),
  };
  return { container: container as unknown as Container, bulkRequests, singleReplaces };
}

describe("conditional writes in bulk (the delivery worker's claims)", () => {
  it("writes each value If-Match its own ETag in one request, and names the ones that changed since or are gone", async () => {
    const { container, bulkRequests, singleReplaces } = fakeContainer([200, 412, 200, 404]);
    const written = await replaceEachIfMatch(container, codec, ["a", "b", "c", "d"].map(note));

    expect(bulkRequests).toEqual([
      { ids: ["a", "b", "c", "d"], ifMatch: ["etag-a", "etag-b", "etag-c", "etag-d"], continueOnError: true },
    ]);
    expect(written.map((entry) => entry?.etag)).toEqual(["bulk-a", undefined, "bulk-c", undefined]);
    expect(written[0]?.value.text).toBe("new a");
    expect(singleReplaces).toEqual([]);
  });

  it("writes on its own what the bulk did not settle (throttled, not attempted), and keeps a conflict there a conflict", async () => {
    const { container, singleReplaces } = fakeContainer([429, 200, 424, 503], { d: 412 });
    const written = await replaceEachIfMatch(container, codec, ["a", "b", "c", "d"].map(note));

    expect(singleReplaces.sort()).toEqual(["a", "c", "d"]);
    expect(written.map((entry) => entry?.etag)).toEqual(["single-a", "bulk-b", "single-c", undefined]);
  });

  it("sends at most a hundred operations per request, in order", async () => {
    const { container, bulkRequests } = fakeContainer([]);
    const ids = Array.from({ length: 250 }, (_, index) => `n${index}`);
    const written = await replaceEachIfMatch(container, codec, ids.map(note));

    expect(bulkRequests.map((request) => request.ids.length)).toEqual([100, 100, 50]);
    expect(written.map((entry) => entry?.value.noteId)).toEqual(ids);
  });
});
