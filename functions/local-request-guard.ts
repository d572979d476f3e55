/**
 * Local mode has no Bot Framework authentication, so `/api/messages` must not be drivable by a
 * web page the developer happens to have open. A browser sends a cross-site `text/plain` POST
 * without a CORS preflight (the JSON content type is checked for every request, see messages.ts),
 * always names the page's origin in `Origin`, and a DNS-rebinding page reaches loopback under its
 * own host name. The Agents Playground posts from its server: no Origin, a loopback Host, and its
 * own connector as serviceUrl.
 */
import { isLoopbackHost } from "./config";

export type LocalRequestRefusal = "origin" | "host" | "serviceUrl";

/**
 * Why a local-mode request is refused, or undefined when it may reach the bot. `localServiceUrl`
 * is the emulator's connector: the only place replies go, and the only web origin allowed.
 */
export function refuseLocalRequest(
  localServiceUrl: string,
  headers: Readonly<Record<string, string>>,
  serviceUrl: string,
): LocalRequestRefusal | undefined {
  const emulator = new URL(localServiceUrl);
  const origin = headers.origin;
  if (origin !== undefined && !isSameLoopbackOrigin(origin, emulator)) return "origin";
  if (!isLoopbackHostHeader(headers.host)) return "host";
  if (!isSameEndpoint(serviceUrl, emulator)) return "serviceUrl";
  return undefined;
}

/** `127.0.0.1:3978`, `localhost`, `[::1]:3978`: a loopback name, whatever the port. */
function isLoopbackHostHeader(host: string | undefined): boolean {
  if (!host || !URL.canParse(`http://${host}`)) return false;
  return isLoopbackHost(new URL(`http://${host}`).hostname);
}

/** One loopback address under any of its names (localhost, 127.0.0.1, ::1) counts as the same host. */
function sameHost(a: URL, b: URL): boolean {
  return a.hostname === b.hostname || (isLoopbackHost(a.hostname) && isLoopbackHost(b.hostname));
}

function isSameLoopbackOrigin(origin: string, emulator: URL): boolean {
  if (!URL.canParse(origin)) return false;
  const given = new URL(origin);
  return given.protocol === emulator.protocol && given.port === emulator.port && sameHost(given, emulator);
}

function isSameEndpoint(serviceUrl: string, emulator: URL): boolean {
  if (!URL.canParse(serviceUrl)) return false;
  const given = new URL(serviceUrl);
  const path = (url: URL) => url.pathname.replace(/\/+$/, "");
  return isSameLoopbackOrigin(given.origin, emulator) && path(given) === path(emulator) && given.search === "";
}
