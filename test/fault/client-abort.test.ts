/**
 * A client that goes away mid-request (a closed Playground tab, a cancelled fetch, a Teams
 * timeout) is no error of ours: the local host must neither report it as one nor stop serving.
 */
import * as net from "node:net";
import { startLocalHost, type LocalHost, type RequestOutcome } from "../../functions/local/local-host";

describe("a client that aborts its request", () => {
  let host: LocalHost;
  let outcomes: ((outcome: RequestOutcome) => void)[] = [];
  let stderr: string[] = [];
  let releaseSlowHandler: () => void = () => undefined;
  let slowHandlerStarted: () => void = () => undefined;

  beforeAll(async () => {
    host = await startLocalHost({
      host: "127.0.0.1",
      port: 0,
      isLocalMode: true,
      functions: [
        {
          name: "echo",
          route: "echo",
          methods: ["POST"],
          handler: async (request) => ({ status: 200, body: await request.text() }),
        },
        {
          name: "slow",
          route: "slow",
          methods: ["POST"],
          handler: async () => {
            const released = new Promise<void>((resolve) => (releaseSlowHandler = resolve));
            slowHandlerStarted();
            await released;
            return { status: 200, body: "done" };
          },
        },
      ],
      onRequestDone: (outcome) => outcomes.shift()?.(outcome),
    });
  });
  afterAll(async () => host.close());
  beforeEach(() => {
    outcomes = [];
    stderr = [];
    jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      stderr.push(String(chunk));
      // The host's report of a failure ends the wait as well, so the old behaviour fails the test instead of hanging.
      if (String(chunk).startsWith("local host:")) outcomes.shift()?.("failed");
      return true;
    });
  });
  afterEach(() => jest.restoreAllMocks());

  const nextOutcome = () => new Promise<RequestOutcome>((resolve) => outcomes.push(resolve));

  /** Sends the head and part of a body, then drops the connection. */
  function abortMidBody(path: string): Promise<void> {
    const { port } = new URL(host.url);
    return new Promise((resolve) => {
      const socket = net.connect(Number(port), "127.0.0.1", () => {
        socket.write(
          `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"type":`,
          () => {
            socket.destroy();
            resolve();
          },
        );
      });
    });
  }

  it("does not log an abort while the body is on its way as an unhandled error", async () => {
    const done = nextOutcome();
    await abortMidBody("/api/echo");
    expect(await done).toBe("clientAborted");
    expect(stderr.join("")).not.toContain("local host: unhandled");
  });

  it("finishes the work of a request whose client left during it, quietly, and keeps serving", async () => {
    const done = nextOutcome();
    const started = new Promise<void>((resolve) => (slowHandlerStarted = resolve));
    const controller = new AbortController();
    const request = fetch(`${host.url}/api/slow`, { method: "POST", body: "{}", signal: controller.signal });
    await started;
    controller.abort();
    await expect(request).rejects.toThrow();
    releaseSlowHandler();
    // Answered into a closed socket or noticed as gone: either way no error.
    expect(await done).not.toBe("failed");
    expect(stderr.join("")).not.toContain("local host: unhandled");
    const echoed = await fetch(`${host.url}/api/echo`, { method: "POST", body: "still here" });
    expect(await echoed.text()).toBe("still here");
  });
});
