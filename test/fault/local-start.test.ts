/**
 * `npm start` with a MicrosoftAppId: authentication on, on a developer machine (e.g. a dev tunnel
 * to a real bot registration). Local-mode-only settings must then not be set behind one's back.
 */
import * as net from "node:net";
import { holdPorts } from "../../functions/local/port-check";
import { freePorts } from "../support/free-ports";
import { startLocalStack } from "../support/local-stack";

/** A server holding a loopback port, as another program (or a second npm start) would. */
async function occupyAPort(): Promise<{ port: number; release: () => Promise<void> }> {
  const [port] = await freePorts(1);
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return { port: port ?? 0, release: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Whether a server could listen on the port now (it stops again at once). */
async function canListen(port: number, host?: string): Promise<boolean> {
  const server = net.createServer();
  return new Promise((resolve) => {
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

describe("npm start with a port already taken", () => {
  it("finds the taken one among the ports it plans, and holds all of them when all are free", async () => {
    const held = await occupyAPort();
    try {
      const [free] = await freePorts(1);
      const planned = [
        { port: free ?? 0, setting: "PORT" },
        { port: held.port, setting: "PLAYGROUND_PORT" },
      ];
      expect(await holdPorts(planned)).toEqual({ taken: { port: held.port, setting: "PLAYGROUND_PORT" } });
      // The free one was let go again when the taken one was found.
      expect(await canListen(free ?? 0)).toBe(true);

      const hold = await holdPorts(planned.slice(0, 1));
      if (hold.taken) throw new Error(`${hold.taken.port} was free a moment ago`);
      expect(await canListen(free ?? 0)).toBe(false);
      await hold.held.release("PORT");
      expect(await canListen(free ?? 0)).toBe(true);
    } finally {
      await held.release();
    }
  });

  it("keeps every planned port from a server that lets the OS choose its port, until it lets it go", async () => {
    // The embedded Cosmos DB listens on port 0 while the planned ports are held. The OS never
    // hands out a port on which a listen fails, so this is what keeps it off the Playground's port.
    const [port = 0] = await freePorts(1);
    const hold = await holdPorts([{ port, setting: "PLAYGROUND_PORT" }]);
    if (hold.taken) throw new Error(`${port} was free a moment ago`);
    expect(await canListen(port, "127.0.0.1")).toBe(false);
    await hold.held.release("PLAYGROUND_PORT");
    expect(await canListen(port, "127.0.0.1")).toBe(true);
  });

  it.each(["PLAYGROUND_PORT", "PORT"])(
    "never says „läuft“ when %s is taken, and names the port and the setting that moves it",
    async (setting) => {
      const held = await occupyAPort();
      try {
        const start = startLocalStack({ env: { [setting]: String(held.port) } });
        const error = await start.then(
          async (stack) => {
            await stack.stop();
            return new Error(`started although ${setting} ${held.port} was taken:\n${stack.output()}`);
          },
          (failure: unknown) => failure,
        );
        const message = error instanceof Error ? error.message : String(error);
        expect(message).toContain("exited (code 1)");
        expect(message).not.toContain("läuft");
        expect(message).toContain(`Port ${held.port} ist schon belegt`);
        expect(message).toContain(`${setting}=${held.port + 1} npm start`);
        expect(message).not.toContain("EADDRINUSE");
      } finally {
        await held.release();
      }
    },
  );
});

describe("npm start with a MicrosoftAppId", () => {
  it("starts, with Bot Framework authentication on, instead of refusing its own LOCAL_CLIENT_LOCALE", async () => {
    const stack = await startLocalStack({
      args: ["--no-playground"],
      env: {
        MicrosoftAppId: "3d5a7c9e-1b2d-4f6a-8c0e-2a4b6c8d0e1f",
        MicrosoftAppTenantId: "6f1c2a7e-0d3b-4c55-9a1e-2b7d4e8f0a01",
        MicrosoftAppPassword: "not-a-real-secret",
        ALLOWED_TENANT_IDS: "6f1c2a7e-0d3b-4c55-9a1e-2b7d4e8f0a01",
        PUBLIC_BASE_URL: "https://lqw-reflect.example",
        EXPORT_SIGNING_KEY: "an-export-signing-key-of-32-chars-or-more",
      },
    });
    try {
      expect(stack.output()).toContain("lqw-reflect läuft");
      expect((await fetch(`${stack.hostUrl}/api/health`)).status).toBe(200);
      // Authentication is on: an unsigned activity is refused.
      const unsigned = await fetch(`${stack.hostUrl}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          type: "message",
          channelId: "msteams",
          serviceUrl: "https://smba.trafficmanager.net/emea/",
          from: { id: "29:x" },
          recipient: { id: "28:bot" },
          conversation: { id: "a:x" },
        }),
      });
      expect(unsigned.status).toBe(401);
    } finally {
      expect(await stack.stop()).toBe(0);
    }
  });
});
