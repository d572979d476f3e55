/**
 * Local mode has no Bot Framework authentication, so any program on the machine can talk to the
 * bot. A web page must not: a browser sends a cross-site `text/plain` POST without a CORS
 * preflight, and a DNS-rebinding page reaches loopback under its own host name. The attack that
 * worked: a page posted "meine antworten" as the victim with its own serviceUrl (the bot sent the
 * answers there), then "alles löschen".
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { chromium } from "playwright-core";
import { chromiumPath } from "../support/chromium-path";
import { startBotHarness, type BotHarness } from "../support/bot-harness";
import { buttonData, type InvokeBody } from "../support/card-inspection";
import { startFakeConnector, type FakeConnector } from "../support/fake-connector";
import { seedOrg } from "../support/org-fixture";
import { ANNA, TENANT_ID, executeAction, message } from "../support/teams-activities";
import { cardOf } from "../support/bot-harness";

const SECRET = "Meine vertrauliche Antwort über das Teamgespräch.";

/** A POST as a browser or a rebinding page would send it, with headers fetch() will not let us set (Host). */
function rawPost(
  baseUrl: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; text: string }> {
  const target = new URL("/api/messages", baseUrl);
  return new Promise((resolve, reject) => {
    const request = http.request(
      target,
      { method: "POST", headers: { "content-length": String(Buffer.byteLength(body)), ...headers } },
      (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk.toString()));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

describe("a web page cannot drive the local-mode bot", () => {
  let bot: BotHarness;
  /** Where the attacking page would like the bot's replies to go. */
  let attacker: FakeConnector;

  beforeAll(async () => {
    bot = await startBotHarness();
    attacker = await startFakeConnector();
    await seedOrg((await bot.services()).repos);
    await bot.post(message(ANNA, bot.connector.serviceUrl, "frage"));
    const answer = await bot.post(
      executeAction(ANNA, bot.connector.serviceUrl, "answer.submit", {
        ...buttonData(cardOf(bot.sent()[0]), "Absenden"),
        answer: SECRET,
      }),
    );
    expect(JSON.stringify((answer.body as InvokeBody).value)).toContain("Gespeichert");
  });
  afterAll(async () => {
    await attacker.stop();
    await bot.stop();
  });
  beforeEach(() => bot.clear());

  const annasAnswers = async () =>
    (await (await bot.services()).repos.answers.listForMember(TENANT_ID, ANNA.aadObjectId, { pageSize: 10 })).answers;

  /** The attack's two requests, each refused, with nothing sent anywhere and nothing deleted. */
  async function expectAttackRefused(headers: Record<string, string>, serviceUrl: string, status: number) {
    const read = await rawPost(bot.baseUrl, JSON.stringify(message(ANNA, serviceUrl, "meine antworten")), headers);
    const erase = await rawPost(
      bot.baseUrl,
      JSON.stringify(executeAction(ANNA, serviceUrl, "data.deleteAll")),
      headers,
    );
    expect([read.status, erase.status]).toEqual([status, status]);
    expect(read.text).not.toContain(SECRET);
    expect(attacker.sent).toEqual([]);
    expect(bot.sent()).toEqual([]);
    expect((await annasAnswers()).map((answer) => answer.text)).toEqual([SECRET]);
  }

  const loopbackHost = () => new URL(bot.baseUrl).host;

  it("refuses the cross-site text/plain POST (a browser's simple request, no preflight)", async () => {
    await expectAttackRefused(
      { "content-type": "text/plain;charset=UTF-8", origin: "http://evil.example", host: loopbackHost() },
      attacker.serviceUrl,
      415,
    );
  });

  it("refuses application/json from another origin than the Playground's", async () => {
    await expectAttackRefused(
      { "content-type": "application/json", origin: "http://evil.example", host: loopbackHost() },
      bot.connector.serviceUrl,
      403,
    );
  });

  it("refuses a request under another host name (a DNS-rebinding page on its own origin)", async () => {
    const port = new URL(bot.baseUrl).port;
    await expectAttackRefused(
      { "content-type": "application/json", host: `evil.example:${port}` },
      bot.connector.serviceUrl,
      403,
    );
  });

  it("replies only to the local emulator's service URL, never to one the request names", async () => {
    await expectAttackRefused({ "content-type": "application/json", host: loopbackHost() }, attacker.serviceUrl, 403);
  });

  it("serves the Agents Playground as it posts (application/json, no Origin, loopback Host, its connector)", async () => {
    const answer = await rawPost(bot.baseUrl, JSON.stringify(message(ANNA, bot.connector.serviceUrl, "hilfe")), {
      "content-type": "application/json",
      "x-ms-agents-playground": "true",
      host: loopbackHost(),
    });
    expect(answer.status).toBe(200);
    expect(bot.sent()).toHaveLength(1);
    const fromItsOrigin = await rawPost(bot.baseUrl, JSON.stringify(message(ANNA, bot.connector.serviceUrl, "hilfe")), {
      "content-type": "application/json; charset=utf-8",
      origin: new URL(bot.connector.serviceUrl).origin,
    });
    expect(fromItsOrigin.status).toBe(200);
  });

  it("holds against the real page in Chromium: its no-cors text/plain POSTs neither read nor delete", async () => {
    const victim = JSON.stringify(message(ANNA, attacker.serviceUrl, "meine antworten"));
    const erase = JSON.stringify(executeAction(ANNA, attacker.serviceUrl, "data.deleteAll"));
    const page = `<!doctype html><script>
      const post = (body) => fetch(${JSON.stringify(`${bot.baseUrl}/api/messages`)},
        { method: "POST", mode: "no-cors", headers: { "content-type": "text/plain" }, body });
      window.attack = Promise.all([post(${JSON.stringify(victim)}), post(${JSON.stringify(erase)})]).then(() => "sent", (e) => String(e));
    </script>`;
    const site = http.createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(page));
    await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", () => resolve()));
    const sitePort = (site.address() as AddressInfo).port;
    const browser = await chromium.launch({
      executablePath: await chromiumPath(),
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", `--host-resolver-rules=MAP evil.example 127.0.0.1`],
    });
    try {
      const tab = await browser.newPage();
      await tab.goto(`http://evil.example:${sitePort}/`);
      // The page's requests left the browser (no-cors hides the answers from the page, not from the bot).
      expect(await tab.evaluate(() => (globalThis as unknown as { attack: Promise<string> }).attack)).toBe("sent");
    } finally {
      await browser.close();
      await new Promise((resolve) => site.close(resolve));
    }
    expect(attacker.sent).toEqual([]);
    expect((await annasAnswers()).map((answer) => answer.text)).toEqual([SECRET]);
  });
});
