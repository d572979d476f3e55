/**
 * A local stand-in for Bot Framework's token issuer: serves OpenID metadata and a JWKS with
 * one RSA signing key endorsed for Teams, and signs (or forges) channel tokens with node:crypto.
 */
import { generateKeyPairSync, randomUUID, sign, type KeyObject } from "node:crypto";
import * as http from "node:http";
import type { AddressInfo } from "node:net";

/** The issuer Bot Framework puts into tokens it sends to bots (botframework-connector). */
const BOT_FRAMEWORK_ISSUER = "https://api.botframework.com";

export type JwtClaims = Record<string, unknown>;

export interface FakeBotFrameworkIssuer {
  /** For BOT_OPENID_METADATA_URL. */
  metadataUrl: string;
  /** The id of the key the JWKS publishes. */
  kid: string;
  /** A token signed RS256 with the published key. */
  sign(claims: JwtClaims, header?: Record<string, unknown>): string;
  /** The claims a channel token for this bot and service URL carries, valid from now on. */
  channelClaims(appId: string, serviceUrl: string, overrides?: JwtClaims): JwtClaims;
  stop(): Promise<void>;
}

const base64url = (data: string | Buffer) => Buffer.from(data).toString("base64url");

/** header.payload.signature, signed with RS256 (RSASSA-PKCS1-v1_5 with SHA-256). */
export function signJwt(claims: JwtClaims, privateKey: KeyObject, header: Record<string, unknown>): string {
  const signingInput = `${base64url(JSON.stringify({ alg: "RS256", typ: "JWT", ...header }))}.${base64url(JSON.stringify(claims))}`;
  return `${signingInput}.${sign("sha256", Buffer.from(signingInput), privateKey).toString("base64url")}`;
}

/** A token that claims to need no signature (`alg: none`). */
export function unsignedJwt(claims: JwtClaims, header: Record<string, unknown> = {}): string {
  return `${base64url(JSON.stringify({ alg: "none", typ: "JWT", ...header }))}.${base64url(JSON.stringify(claims))}.`;
}

export function newRsaKey(): KeyObject {
  return generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
}

/**
 * `endorsements`: the channels the key signs for. Bot Framework's real keys name many channels
 * (msteams, webchat, directline, emulator …); the default is Teams only.
 */
export async function startFakeBotFrameworkIssuer(
  options: { endorsements?: readonly string[] } = {},
): Promise<FakeBotFrameworkIssuer> {
  const endorsements = options.endorsements ?? ["msteams"];
  const privateKey = newRsaKey();
  const jwk = privateKey.export({ format: "jwk" });
  const kid = randomUUID();
  let baseUrl = "";
  const server = http.createServer((req, res) => {
    const body =
      req.url === "/.well-known/openidconfiguration"
        ? {
            issuer: BOT_FRAMEWORK_ISSUER,
            jwks_uri: `${baseUrl}/keys`,
            id_token_signing_alg_values_supported: ["RS256"],
          }
        : req.url === "/keys"
          ? { keys: [{ kty: "RSA", use: "sig", kid, n: jwk.n, e: jwk.e, endorsements }] }
          : undefined;
    res.writeHead(body ? 200 : 404, { "content-type": "application/json" });
    res.end(JSON.stringify(body ?? { error: "not found" }));
  });
  // Never close an idle connection the client may be reusing at that moment ("socket hang up").
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    metadataUrl: `${baseUrl}/.well-known/openidconfiguration`,
    kid,
    sign: (claims, header = {}) => signJwt(claims, privateKey, { kid, ...header }),
    channelClaims(appId, serviceUrl, overrides = {}) {
      const now = Math.floor(Date.now() / 1000);
      return {
        iss: BOT_FRAMEWORK_ISSUER,
        aud: appId,
        serviceurl: serviceUrl,
        nbf: now - 60,
        iat: now - 60,
        exp: now + 3600,
        ...overrides,
      };
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
