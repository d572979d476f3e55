/** Gives each answer used in a draft a short key ("A12") and its row in the sources table. */
import { lookUpMember, type AttributionMode, type DraftAnswer, type MemberLookup } from "./draft-input";
import type { DraftSource } from "./draft";
import type { DraftDates } from "./draft-dates";

export interface SourceRegistry {
  /**
   * The answer's row in the sources table, without its key yet: looked up when the answer is read,
   * while it is at hand in memory. (Looking answers up by id while the draft is put together, area
   * by area, reached 100,000 answers in an order scattered across memory: a cache miss each.)
   * The same answer id gives the same row. `day` is YYYY-MM-DD in the draft's zone.
   */
  entryFor(answer: DraftAnswer, day: string): SourceEntry;
  /** The entry's key ("A12"), assigned on first use so that keys ascend through the document. */
  keyOf(entry: SourceEntry): string;
}

/** A row of the sources table; its `key` is empty until `keyOf` assigns one. */
export type SourceEntry = DraftSource;

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
  const entries = new Map<string, SourceEntry>();
  let keyCount = 0;
  return {
    entryFor(answer, day) {
      const known = entries.get(answer.answerId);
      if (known) return known;
      const entry = describe(answer, options, day);
      entries.set(answer.answerId, entry);
      return entry;
    },
    keyOf(entry) {
      if (entry.key === "") entry.key = `A${(keyCount += 1)}`;
      return entry.key;
    },
  };
}

function describe(answer: DraftAnswer, options: SourceRegistryOptions, day: string): SourceEntry {
  const member = lookUpMember(options.members, answer.memberId);
  const consentedName = options.attribution === "named" ? member?.displayName?.trim() : undefined;
  const groupId = answer.group ?? member?.group;
  // A named person is shown anyway; a pseudonym beside a small group would name them all the same.
  const isGroupShown =
    groupId !== undefined && (consentedName || (options.groupSizes[groupId] ?? 0) >= options.anonymityThreshold);
  const person = consentedName || member?.pseudonym || options.unknownPerson;
  const date = options.dates.show(day);
  // Each row one literal: a group added afterwards did not fit into the object as made and went to
  // a second one of its own, 40 bytes more for each of 100,000 rows that live until the draft is done.
  if (groupId && isGroupShown) {
    const group = options.groupNames[groupId] ?? groupId;
    return { key: "", answerId: answer.answerId, person, date, group };
  }
  return { key: "", answerId: answer.answerId, person, date };
}
