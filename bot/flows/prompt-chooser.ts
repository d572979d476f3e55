/**
 * Chooses prompts on demand ("frage", "Andere Frage", the follow-up) with the domain's rotation
 * and the same rule of who is asked what as the scheduler: loads the member's history and the
 * organisation's answer facts (which fact prompts are answered) and coverage, both cached
 * briefly because they come from every answer of the organisation.
 */
import type { CatalogPrompt } from "../domain/catalog/prompt-catalog";
import { computeCoverage } from "../domain/coverage";
import type { AnswerFact, CellCoverage } from "../domain/coverage-types";
import type { Delivery } from "../domain/delivery";
import { chooseInCell, chooseOnDemandPrompt, type PromptHistoryEntry } from "../domain/due-prompts";
import type { Member } from "../domain/member";
import type { OrgConfig } from "../domain/org-config";
import type { Repositories } from "../store";
import type { PromptChoice, PromptChooser } from "./flow-deps";

const COVERAGE_CACHE_MS = 5 * 60 * 1000;

export function createPromptChooser(repos: Pick<Repositories, "deliveries" | "answers">): PromptChooser {
  const coverageCache = new Map<string, { computedAt: number; facts: AnswerFact[]; coverage: CellCoverage[] }>();

  /** The member's own answers are in their history, so a cached list never hides one of theirs. */
  async function answersOf(org: OrgConfig, now: Date) {
    const cached = coverageCache.get(org.orgId);
    if (cached && now.getTime() - cached.computedAt < COVERAGE_CACHE_MS) return cached;
    const facts: AnswerFact[] = [];
    for await (const page of repos.answers.factsForOrg(org.orgId)) facts.push(...page);
    const computed = { computedAt: now.getTime(), facts, coverage: computeCoverage(facts, org.coverageThresholds) };
    coverageCache.set(org.orgId, computed);
    return computed;
  }

  async function historyOf(member: Member): Promise<PromptHistoryEntry[]> {
    const history: PromptHistoryEntry[] = [];
    for await (const page of repos.deliveries.streamForMember(member.orgId, member.memberId))
      history.push(...page.map(toHistoryEntry));
    return history;
  }

  return {
    async choose(org, member, now, choice: PromptChoice = {}): Promise<CatalogPrompt | undefined> {
      const [history, { facts, coverage }] = await Promise.all([historyOf(member), answersOf(org, now)]);
      const input = {
        config: org,
        member: { memberId: member.memberId, group: member.group, roles: member.roles },
        history,
        answers: facts,
        now,
        excludePromptIds: choice.excludePromptIds,
      };
      if (choice.cell) return chooseInCell({ ...input, ...choice.cell });
      return chooseOnDemandPrompt({ ...input, coverage })?.prompt;
    },
  };
}

function toHistoryEntry(delivery: Delivery): PromptHistoryEntry {
  return {
    memberId: delivery.memberId,
    deliveryId: delivery.deliveryId,
    promptId: delivery.promptId,
    area: delivery.area,
    dimension: delivery.dimension,
    periodKey: delivery.periodKey,
    kind: delivery.kind,
    createdAt: delivery.createdAt,
    response: delivery.response,
    ...(delivery.snoozedUntil ? { snoozedUntil: delivery.snoozedUntil } : {}),
  };
}
