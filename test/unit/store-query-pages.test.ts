import type { QueryIterator } from "@azure/cosmos";
import { eachPage } from "../../bot/store/query-pages";

/** A query's iterator over fixed pages, recording which page was asked for when. */
function fakeQuery(pages: number[][]) {
  const asked: number[] = [];
  let next = 0;
  const iterator = {
    hasMoreResults: () => next < pages.length,
    fetchNext: async () => {
      asked.push(next);
      return { resources: pages[next++] ?? [] };
    },
  };
  return { iterator: iterator as unknown as QueryIterator<number>, asked };
}

describe("reading a query page by page (the store's one page collector)", () => {
  it("hands on every page in order and skips the empty pages Cosmos sends with a token", async () => {
    const { iterator } = fakeQuery([[1, 2], [], [3], []]);
    const pages: number[][] = [];
    for await (const page of eachPage(iterator)) pages.push(page);
    expect(pages).toEqual([[1, 2], [3]]);
  });

  it("asks for the next page while the caller works on this one when reading ahead, and not otherwise", async () => {
    const withReadAhead = fakeQuery([[1], [2], [3]]);
    const askedWhileWorking: number[][] = [];
    for await (const _page of eachPage(withReadAhead.iterator, { readAhead: true }))
      askedWhileWorking.push([...withReadAhead.asked]);
    expect(askedWhileWorking).toEqual([
      [0, 1],
      [0, 1, 2],
      [0, 1, 2],
    ]);

    const withoutReadAhead = fakeQuery([[1], [2], [3]]);
    const askedOneByOne: number[][] = [];
    for await (const _page of eachPage(withoutReadAhead.iterator)) askedOneByOne.push([...withoutReadAhead.asked]);
    expect(askedOneByOne).toEqual([[0], [0, 1], [0, 1, 2]]);
  });

  it("asks for nothing more once a caller that does not read ahead stops", async () => {
    const { iterator, asked } = fakeQuery([[1], [2], [3]]);
    for await (const page of eachPage(iterator)) if (page.includes(1)) break;
    expect(asked).toEqual([0]);
  });
});
