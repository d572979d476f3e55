import { InvocationContext } from "@azure/functions";
import { createLogger } from "../../bot/logger";
import { invocationLogSink, withInvocationLog } from "../../functions/invocation-log";

/** An InvocationContext as the Functions host builds it, recording what reaches the host. */
function recordingContext(): { context: InvocationContext; received: { level: string; text: string }[] } {
  const received: { level: string; text: string }[] = [];
  const context = new InvocationContext({
    functionName: "messages",
    invocationId: "7c0b8f52-3d1e-4a8e-9f0d-2b6a4c1e5f00",
    logHandler: (level, ...args) => received.push({ level, text: args.map(String).join(" ") }),
  });
  return { context, received };
}

describe("log lines and the Functions invocation", () => {
  const logger = createLogger(invocationLogSink);

  it("hands every line of an invocation, also from awaited calls, to its context with the severity kept", async () => {
    const { context, received } = recordingContext();
    const handler = withInvocationLog(async (_request: unknown, _context: InvocationContext) => {
      logger.info("turn.started", { correlationId: "3f9c1a2b" });
      await Promise.resolve();
      await new Promise<void>((resolve) => setImmediate(resolve));
      logger.warn("store.retry", { correlationId: "3f9c1a2b", attempt: 2 });
      logger.error("turn.failed", { correlationId: "3f9c1a2b", code: "STORE_UNAVAILABLE" });
      return "done";
    });
    await expect(handler({}, context)).resolves.toBe("done");
    expect(received.map((entry) => entry.level)).toEqual(["information", "warning", "error"]);
    for (const entry of received) expect(JSON.parse(entry.text)).toMatchObject({ correlationId: "3f9c1a2b" });
  });

  it("keeps two overlapping invocations apart", async () => {
    const first = recordingContext();
    const second = recordingContext();
    let releaseFirst: () => void = () => undefined;
    const firstMayFinish = new Promise<void>((resolve) => (releaseFirst = resolve));
    const handler = withInvocationLog(async (id: string, _context: InvocationContext) => {
      logger.info("turn.started", { correlationId: id });
      if (id === "first") await firstMayFinish;
      logger.info("turn.done", { correlationId: id });
    });
    const running = handler("first", first.context);
    await handler("second", second.context);
    releaseFirst();
    await running;
    expect(first.received.map((entry) => (JSON.parse(entry.text) as { correlationId: string }).correlationId)).toEqual([
      "first",
      "first",
    ]);
    expect(second.received.map((entry) => (JSON.parse(entry.text) as { correlationId: string }).correlationId)).toEqual(
      ["second", "second"],
    );
  });

  it("sends lines written after the invocation ended to stdout, not to the finished context", async () => {
    const { context, received } = recordingContext();
    let background: Promise<void> = Promise.resolve();
    const handler = withInvocationLog(async (_request: unknown, _context: InvocationContext) => {
      // Like a draft job that goes on after the reply was sent.
      background = new Promise<void>((resolve) => setImmediate(resolve)).then(() =>
        logger.info("draft.finished", { correlationId: "5e6f7a8b" }),
      );
    });
    const written: string[] = [];
    const stdout = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      await handler({}, context);
      await background;
    } finally {
      stdout.mockRestore();
    }
    expect(received).toEqual([]);
    expect(written).toEqual([expect.stringContaining('"event":"draft.finished"')]);
  });

  it("writes to stdout outside any invocation (local tools, start-up)", () => {
    const written: string[] = [];
    const stdout = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      logger.error("app.failed", { code: "STORE_UNAVAILABLE" });
    } finally {
      stdout.mockRestore();
    }
    expect(written).toEqual([expect.stringMatching(/^\{.*"level":"error".*\}\n$/)]);
  });
});
