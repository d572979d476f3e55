/**
 * Who the organisation's members are in an export: each under the pseudonym keyed with the
 * organisation's secret, with a name only where the export is named and the member consented.
 */
import type { DraftRequest } from "../domain/draft-request";
import type { MemberAttribution } from "../drafts";
import { keyedPseudonyms, PSEUDONYM_PREFIX, type NamedPerson } from "../drafts";
import type { Repositories } from "../store";

/**
 * Pseudonyms are keyed with the organisation's secret (created on the first export): the same
 * person has the same pseudonym in every export of the organisation, and nobody without the key
 * can tell whose it is.
 */
export async function attributeMembers(
  repos: Repositories,
  orgId: string,
  mode: DraftRequest["attribution"],
): Promise<{
  attributions: Map<string, MemberAttribution>;
  knownNames: NamedPerson[];
  groupSizes: Record<string, number>;
}> {
  const members = [];
  for await (const page of repos.members.listByOrg(orgId)) members.push(...page);
  const pseudonyms = keyedPseudonyms(
    members.map((member) => member.memberId),
    await repos.pseudonymKeys.getOrCreate(orgId),
  );
  const attributions = new Map<string, MemberAttribution>();
  const knownNames: NamedPerson[] = [];
  const groupSizes: Record<string, number> = {};
  for (const member of members) {
    if (member.group) groupSizes[member.group] = (groupSizes[member.group] ?? 0) + 1;
    const pseudonym = pseudonyms.get(member.memberId) ?? PSEUDONYM_PREFIX;
    const isNamed = mode === "named" && member.consentsToNamedAttribution && member.name;
    attributions.set(member.memberId, {
      pseudonym,
      ...(isNamed ? { displayName: member.name } : {}),
      ...(member.group ? { group: member.group } : {}),
    });
    if (member.name) knownNames.push({ name: member.name, replacement: pseudonym, memberId: member.memberId });
  }
  return { attributions, knownNames, groupSizes };
}
