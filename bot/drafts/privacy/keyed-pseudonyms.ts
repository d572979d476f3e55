/**
 * Pseudonyms that stay the same for a person in every export of one organisation and cannot be
 * worked out without the organisation's key: "Person " + the start of HMAC-SHA256(key, member id)
 * in an alphabet without look-alike characters (no 0/O, 1/I/L, U).
 */
import { createHmac } from "node:crypto";

const ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
/** 30^5 ≈ 24 million codes: two of 400 members share one with a chance of about 1 in 300. */
const CODE_LENGTH = 5;
const MAX_CODE_LENGTH = 51;
export const PSEUDONYM_PREFIX = "Person";

/**
 * The pseudonym of each member id. Two members whose codes start alike both get longer codes
 * (deterministically): only such a pair's pseudonyms depend on who else is in the organisation.
 */
export function keyedPseudonyms(memberIds: Iterable<string>, key: Uint8Array): Map<string, string> {
  const codes = new Map<string, string>();
  for (const memberId of new Set(memberIds)) codes.set(memberId, fullCode(memberId, key));
  const pseudonyms = new Map<string, string>();
  assignUnique([...codes.keys()], codes, CODE_LENGTH, pseudonyms);
  return pseudonyms;
}

/** Members grouped by the first `length` characters of their codes; a group of several tries one more. */
function assignUnique(
  memberIds: readonly string[],
  codes: ReadonlyMap<string, string>,
  length: number,
  pseudonyms: Map<string, string>,
): void {
  const groups = new Map<string, string[]>();
  for (const memberId of memberIds) {
    const prefix = (codes.get(memberId) ?? "").slice(0, length);
    const group = groups.get(prefix);
    if (group) group.push(memberId);
    else groups.set(prefix, [memberId]);
  }
  for (const [prefix, group] of groups) {
    if (group.length === 1 || length >= MAX_CODE_LENGTH) {
      for (const memberId of group) pseudonyms.set(memberId, `${PSEUDONYM_PREFIX} ${prefix}`);
    } else assignUnique(group, codes, length + 1, pseudonyms);
  }
}

/** 51 characters of the alphabet from the 256-bit HMAC (5 bits each, mod 30: a slight bias, no information). */
function fullCode(memberId: string, key: Uint8Array): string {
  const digest = createHmac("sha256", key).update(`pseudonym:v1:${memberId}`).digest();
  let code = "";
  let bits = 0;
  let value = 0;
  for (const byte of digest) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      code += ALPHABET[((value >> bits) & 31) % ALPHABET.length];
    }
    value &= (1 << bits) - 1;
  }
  return code;
}
