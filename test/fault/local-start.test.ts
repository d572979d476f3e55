/**
 * `npm start` with a MicrosoftAppId: authentication on, on a developer machine (e.g. a dev tunnel
 * to a real bot registration). Local-mode-only settings must then not be set behind one's back.
 */
import { startLocalStack } from "../support/local-stack";

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
