/**
 * Download links that expire and cannot be forged: the path names the organisation and the
 * export, the query carries the expiry and an HMAC over all three.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

export interface SignedLinkTarget {
  orgId: string;
  exportId: string;
  /** Unix seconds. */
  expiresAt: number;
}

function signature(key: string, target: SignedLinkTarget): string {
  return createHmac("sha256", key)
    .update(`${target.orgId}\n${target.exportId}\n${target.expiresAt}`)
    .digest("base64url");
}

export function createSignedLink(baseUrl: string, key: string, target: SignedLinkTarget): string {
  const path = `/api/exports/${encodeURIComponent(target.orgId)}/${encodeURIComponent(target.exportId)}`;
  return `${baseUrl}${path}?exp=${target.expiresAt}&sig=${signature(key, target)}`;
}

export type LinkCheck = "valid" | "expired" | "invalid";

/** Checks a link's signature first (constant time), then its expiry. */
export function checkSignedLink(
  key: string,
  target: SignedLinkTarget,
  givenSignature: string,
  nowSeconds: number,
): LinkCheck {
  const expected = Buffer.from(signature(key, target));
  const given = Buffer.from(givenSignature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "invalid";
  return target.expiresAt < nowSeconds ? "expired" : "valid";
}
