/**
 * The Teams sender's own timeout: a connector that never answers must not
 * hold the delivery worker. The connector here never answers at all, so the timer always fires,
 * however busy the machine is. (The worker tests time sends out through test/support/held-sends.ts.)
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { silentLogger } from "../../bot/logger";
import { SendTimeoutError } from "../../bot/scheduling/send-errors";
import { createTeamsSender } from "../../bot/scheduling/teams-sender";
import { BOT_ID } from "../support/teams-activities";

describe("Teams sender timeout", () => {
  let server: http.Server;
  let serviceUrl: string;

  beforeAll(async () => {
    server = http.createServer(() => undefined);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    serviceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );

  it("gives up on a connector that never answers, with SendTimeoutError", async () => {
    const sender = createTeamsSender({ appType: "MultiTenant" }, { logger: silentLogger, timeoutMs: 50 });
    const send = sender.send(
      {
        userId: "29:anna",
        conversation: {
          channelId: "msteams",
          serviceUrl,
          conversationId: "a:personal-anna",
          tenantId: "tenant",
          botId: BOT_ID,
        },
      },
      { type: "AdaptiveCard", version: "1.5", body: [] },
      "Frage",
    );

    await expect(send).rejects.toBeInstanceOf(SendTimeoutError);
  });
});
