/** Gives each answer used in a draft a short key ("A12") and its row in the sources table. */
import { lookUpMember, type AttributionMode, type DraftAnswer, type MemberLookup } from "./draft-input";
import type { DraftSource } from "./draft";
import type { DraftDates } from "./draft-dates";

export interface SourceRegistry {
  /**
   * The answer's key, assigned on first use so that keys ascend through the document. `day`
   * (YYYY-MM-DD in the draft's zone) saves working it out again where the caller knows it.
   */
  keyFor(answer: DraftAnswer, day?: string): string;
  sourceOf(key: string): DraftSource;
}

export interface SourceRegistryOptions {
  members: MemberLookup;
  attribution: AttributionMode;
  groupNames: Readonly<Record<string, string>>;
  /** Members per group: below `anonymityThreshold`, a pseudonym's group is left out. */
  groupSizes: Readonly<Record<string, number>>;
  anonymityThreshold: number;
  dates: DraftDates;
  unknownPerson: string;
}

export function createSourceRegistry(options: SourceRegistryOptions): SourceRegistry {
  const keys = new Map<string, string>();
  // "A12" is sources[11]: a list rather than a second map of 100,000 entries in a large draft.
  const sources: DraftSource[] = [];
  return {
    keyFor(answer, day) {
      const known = keys.get(answer.answerId);
      if (known) return known;
      const key = `A${sources.length + 1}`;
      keys.set(answer.answerId, key);
      sources.push(describe(answer, key, options, day));
      return key;
    },
    sourceOf(key) {
      const source = /^A\d+$/.test(key) ? sources[Number(key.slice(1)) - 1] : undefined;
      if (!source) throw new Error(`no source with key ${key}`);
      return source;
    },
  };
}

function describe(answer: DraftAnswer, key: string, options: SourceRegistryOptions, day?: string): DraftSource {
  const member = lookUpMember(options.members, answer.memberId);
  const consentedName = options.attribution === "named" ? member?.displayName?.trim() : undefined;
  const groupId = answer.group ?? member?.group;
  // A named person is shown anyway; a pseudonym beside a small group would name them all the same.
  const isGroupShown =
    groupId !== undefined && (consentedName || (options.groupSizes[groupId] ?? 0) >= options.anonymityThreshold);
  const source: DraftSource = {
    key,
    answerId: answer.answerId,
    person: consentedName || member?.pseudonym || options.unknownPerson,
    date: options.dates.show(day ?? options.dates.dayOf(answer.createdAt)),
  };
  if (groupId && isGroupShown) source.group = options.groupNames[groupId] ?? groupId;
  return source;
}
