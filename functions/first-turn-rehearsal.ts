/**
 * The build's rehearsal of a first request (functions/make-code-cache.ts): the bundle's app, in
 * local mode, answers one Teams message "frage" with a prompt card, as a new instance's first
 * request does, against an embedded store and a stand-in for the connector, both on loopback in
 * the build's own process. V8's code cache written afterwards then holds what that turn compiles
 * (the adapter, the card templating engine, zod's parsers, the store and connector clients), not
 * only what building the app compiles. Nothing leaves the machine; the store is dropped after.
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { HttpRequest, InvocationContext, type HttpResponseInit } from "@azure/functions";
import type { FunctionApp } from "./code-cache";
import { startEmbeddedCosmos } from "./local/embedded-cosmos";
import { demoOrgConfig } from "./local/demo-seed";
import { DEMO_TENANT_ID } from "./local/demo-organisation";

const SILENT = { info() {}, warn() {}, error() {} };

/** A member the demo organisation has not seen yet, as on a new instance's first message. */
const MEMBER = { id: "29:build-rehearsal", aadObjectId: "aad-build-rehearsal", name: "Probe Lauf" };

/** Runs the rehearsed turn; throws unless the app answered it with a card. */
export async function rehearseFirstTurn(app: FunctionApp): Promise<void> {
  const store = await startEmbeddedCosmos();
  const connector = await startConnectorStandIn();
  try {
    app.configureRoot({
      env: { COSMOS_ENDPOINT: store.endpoint, COSMOS_KEY: store.key, LOCAL_SERVICE_URL: connector.serviceUrl },
      logger: SILENT,
    });
    const services = await app.getServices();
    await services.store.ensureContainers();
    await services.repos.orgs.save(demoOrgConfig(new Date()));
    const status = await postMessage(app, teamsMessage(connector.serviceUrl, "frage"));
    if (status !== 200 || !connector.sentCard())
      throw new Error(`the rehearsed first turn was not answered with a card (status ${status})`);
  } finally {
    await app.disposeServices();
    await connector.stop();
    await store.stop();
  }
}

async function postMessage(app: FunctionApp, activity: object): Promise<number> {
  const messages = app.HTTP_FUNCTIONS.find((fn) => fn.name === "messages");
  if (!messages) throw new Error("the bundle has no messages function");
  const request = new HttpRequest({
    method: "POST",
    url: "http://127.0.0.1:7071/api/messages",
    // Local mode serves loopback only, as the Agents Playground calls it.
    headers: { "content-type": "application/json", host: "127.0.0.1:7071" },
    body: { string: JSON.stringify(activity) },
  });
  const context = new InvocationContext({ functionName: "messages", logHandler: () => {} });
  const response = (await messages.handler(request, context)) as HttpResponseInit;
  return response.status ?? 200;
}

/** A message in a member's personal chat, shaped as Teams sends it (tenant, clientInfo, time zone). */
function teamsMessage(serviceUrl: string, text: string): object {
  const now = new Date().toISOString();
  return {
    type: "message",
    id: "f:build-rehearsal",
    channelId: "msteams",
    serviceUrl,
    timestamp: now,
    localTimestamp: now,
    localTimezone: "Europe/Berlin",
    locale: "de-DE",
    text,
    textFormat: "plain",
    from: MEMBER,
    recipient: { id: "28:lqw-reflect-local", name: "lqw-reflect" },
    conversation: { id: `a:personal-${MEMBER.aadObjectId}`, conversationType: "personal", tenantId: DEMO_TENANT_ID },
    channelData: { tenant: { id: DEMO_TENANT_ID }, source: { name: "message" } },
    entities: [{ type: "clientInfo", locale: "de-DE", country: "DE", platform: "Web", timezone: "Europe/Berlin" }],
  };
}

interface ConnectorStandIn {
  serviceUrl: string;
  /** True once an activity with an Adaptive Card was sent to it. */
  sentCard(): boolean;
  stop(): Promise<void>;
}

/** Answers what the Bot Framework connector answers a bot's sends, and keeps nothing but whether a card came. */
async function startConnectorStandIn(): Promise<ConnectorStandIn> {
  let cardSent = false;
  let counter = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      if (Buffer.concat(chunks).toString("utf8").includes("application/vnd.microsoft.card.adaptive")) cardSent = true;
      const created = req.method === "POST" && /^\/v3\/conversations\/?$/.test(req.url ?? "");
      res.writeHead(created ? 201 : 200, { "content-type": "application/json" });
      res.end(JSON.stringify(created ? { id: `a:rehearsal-${++counter}` } : { id: `activity-${++counter}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    sentCard: () => cardSent,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
