import { createHmac, randomBytes } from "node:crypto";
import { keyedPseudonyms } from "../../../../bot/drafts/privacy";

const KEY = Buffer.from("9f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d", "hex");
const MEMBER_IDS = Array.from(
  { length: 40 },
  (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
);

describe("keyed pseudonyms", () => {
  it("gives each member the same pseudonym in every export, whatever the order or who else is there", () => {
    const first = keyedPseudonyms(MEMBER_IDS, KEY);
    const again = keyedPseudonyms([...MEMBER_IDS].reverse().slice(0, 25), KEY);
    for (const [memberId, pseudonym] of again) expect(first.get(memberId)).toBe(pseudonym);
    expect(first.get(MEMBER_IDS[0] as string)).toMatch(/^Person [2-9A-HJKMNP-TV-Z]{5}$/);
  });

  it("gives every member of an organisation a different pseudonym", () => {
    const many = Array.from({ length: 5_000 }, (_, index) => `member-${index}`);
    const pseudonyms = keyedPseudonyms(many, KEY);
    expect(new Set(pseudonyms.values()).size).toBe(many.length);
  });

  it("cannot be worked out without the organisation's key: another key gives other pseudonyms", () => {
    const ours = keyedPseudonyms(MEMBER_IDS, KEY);
    const theirs = keyedPseudonyms(MEMBER_IDS, randomBytes(32));
    const same = MEMBER_IDS.filter((memberId) => ours.get(memberId) === theirs.get(memberId));
    expect(same).toEqual([]);
    // Nor is it a plain hash of the member id that anyone could compute.
    const unkeyed = createHmac("sha256", Buffer.alloc(0)).update(`pseudonym:v1:${MEMBER_IDS[0]}`).digest("hex");
    expect(ours.get(MEMBER_IDS[0] as string)).not.toContain(unkeyed.slice(0, 5).toUpperCase());
  });

  it("lengthens only the codes of members whose codes begin alike", () => {
    // 30^5 codes: among 50,000 members some pairs share five characters and get six or more.
    const many = Array.from({ length: 50_000 }, (_, index) => `m${index}`);
    const pseudonyms = [...keyedPseudonyms(many, KEY).values()];
    expect(new Set(pseudonyms).size).toBe(many.length);
    const longer = pseudonyms.filter((pseudonym) => pseudonym.length > "Person XXXXX".length);
    expect(longer.length).toBeGreaterThan(0);
    expect(longer.length).toBeLessThan(1_000);
  });
});
