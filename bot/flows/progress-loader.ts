/**
 * Loads what the progress summary is computed from, page by page and without text or names:
 * the members (id, group, roles, installed), every answer as a fact, and who was asked when. The three
 * streams run side by side; each page is reduced to the few fields the summary needs at once.
 */
import type { AnswerFact } from "../domain/coverage-types";
import type { AskedFact, ProgressMember } from "../domain/progress-types";
import type { Repositories } from "../store";

export interface ProgressData {
  members: ProgressMember[];
  facts: AnswerFact[];
  asked: AskedFact[];
}

async function collect<Item, Kept>(pages: AsyncIterable<Item[]>, keep: (item: Item) => Kept): Promise<Kept[]> {
  const kept: Kept[] = [];
  for await (const page of pages) for (const item of page) kept.push(keep(item));
  return kept;
}

/**
 * Large pages: a fact is about 150 bytes, so 10,000 stay well under Cosmos DB's 4 MB per page,
 * and every further page costs a round trip (on the embedded server, a re-run of the query).
 */
const FACT_PAGE_SIZE = 10_000;
const MEMBER_PAGE_SIZE = 1_000;

export async function loadProgressData(
  repos: Pick<Repositories, "members" | "answers" | "deliveries">,
  orgId: string,
): Promise<ProgressData> {
  const [members, facts, asked] = await Promise.all([
    collect(
      repos.members.listByOrg(orgId, MEMBER_PAGE_SIZE),
      ({ memberId, group, roles, isInstalled }): ProgressMember => ({
        memberId,
        isInstalled,
        ...(group ? { group } : {}),
        ...(roles.length > 0 ? { roles } : {}),
      }),
    ),
    collect(repos.answers.factsForOrg(orgId, FACT_PAGE_SIZE), (fact) => fact),
    collect(repos.deliveries.historyForOrg(orgId, FACT_PAGE_SIZE), ({ memberId, createdAt }): AskedFact => ({
      memberId,
      createdAt,
    })),
  ]);
  return { members, facts, asked };
}
