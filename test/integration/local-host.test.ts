import type { HttpRequest, HttpResponseInit } from "@azure/functions";
import { startLocalHost, type LocalHost } from "../../functions/local/local-host";
import type { HttpRegistration } from "../../functions/registrations";

const ping: HttpRegistration = {
  name: "ping",
  route: "ping",
  methods: ["GET"],
  handler: async (request: HttpRequest): Promise<HttpResponseInit> => ({
    status: 200,
    jsonBody: { method: request.method },
  }),
};

describe("local host", () => {
  let host: LocalHost;

  beforeAll(async () => {
    host = await startLocalHost({ host: "127.0.0.1", port: 0, functions: [ping], isLocalMode: true });
  });
  afterAll(async () => host.close());

  it.each(["0.0.0.0", "::", "192.168.1.20", "lqw-reflect.example"])(
    "refuses to listen on %s in local mode, because nothing checks who is calling",
    async (address) => {
      await expect(startLocalHost({ host: address, port: 0, functions: [ping], isLocalMode: true })).rejects.toThrow(
        `Refusing to listen on ${address}: local mode has no authentication and serves loopback only.`,
      );
    },
  );

  it("serves a registered function at /api/<route>", async () => {
    const response = await fetch(`${host.url}/api/ping`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ method: "GET" });
  });

  it.each(["/", "/api/unknown", "/ping", "/api/ping/extra"])("answers 404 for %s", async (path) => {
    expect((await fetch(`${host.url}${path}`)).status).toBe(404);
  });

  it.each(["POST", "PUT", "DELETE"])("answers 405 to %s on a GET-only function", async (method) => {
    expect((await fetch(`${host.url}/api/ping`, { method, body: method === "DELETE" ? undefined : "{}" })).status).toBe(
      405,
    );
  });
});
