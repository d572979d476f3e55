/**
 * Chooses prompts on demand ("frage", "Andere Frage", the follow-up) with the domain's rotation:
 * loads the member's history and the organisation's coverage, which is cached briefly because
 * computing it reads every answer fact of the organisation.
 */
import { promptsForCell, type CatalogPrompt } from "../domain/catalog/prompt-catalog";
import { computeCoverage } from "../domain/coverage";
import type { CellCoverage } from "../domain/coverage-types";
import type { Delivery } from "../domain/delivery";
import { chooseOnDemandPrompt, type PromptHistoryEntry } from "../domain/due-prompts";
import type { Member } from "../domain/member";
import type { OrgConfig } from "../domain/org-config";
import type { Repositories } from "../store";
import type { PromptChoice, PromptChooser } from "./flow-deps";

const COVERAGE_CACHE_MS = 5 * 60 * 1000;

export function createPromptChooser(repos: Pick<Repositories, "deliveries" | "answers">): PromptChooser {
  const coverageCache = new Map<string, { computedAt: number; coverage: CellCoverage[] }>();

  async function coverageOf(org: OrgConfig, now: Date): Promise<CellCoverage[]> {
    const cached = coverageCache.get(org.orgId);
    if (cached && now.getTime() - cached.computedAt < COVERAGE_CACHE_MS) return cached.coverage;
    const facts = [];
    for await (const page of repos.answers.factsForOrg(org.orgId)) facts.push(...page);
    const coverage = computeCoverage(facts, org.coverageThresholds);
    coverageCache.set(org.orgId, { computedAt: now.getTime(), coverage });
    return coverage;
  }

  async function historyOf(member: Member): Promise<PromptHistoryEntry[]> {
    const history: PromptHistoryEntry[] = [];
    for await (const page of repos.deliveries.streamForMember(member.orgId, member.memberId))
      history.push(...page.map(toHistoryEntry));
    return history;
  }

  return {
    async choose(org, member, now, choice: PromptChoice = {}): Promise<CatalogPrompt | undefined> {
      const history = await historyOf(member);
      if (choice.cell) return leastRecentlyAsked(org, history, choice);
      const chosen = chooseOnDemandPrompt({
        config: org,
        member: { memberId: member.memberId, group: member.group },
        history,
        coverage: await coverageOf(org, now),
        now,
        excludePromptIds: choice.excludePromptIds,
      });
      return chosen?.prompt;
    },
  };
}

/** Within one cell: a prompt the member never had, else the one they had longest ago. */
function leastRecentlyAsked(
  org: OrgConfig,
  history: readonly PromptHistoryEntry[],
  choice: PromptChoice,
): CatalogPrompt | undefined {
  const cell = choice.cell;
  if (!cell) return undefined;
  const lastAsked = new Map(history.map((entry) => [entry.promptId, entry.createdAt]));
  const candidates = promptsForCell(org.model, cell.area, cell.dimension, org.cycle.kind === "recertification").filter(
    (prompt) => !choice.excludePromptIds?.includes(prompt.id),
  );
  return [...candidates].sort((a, b) => (lastAsked.get(a.id) ?? "").localeCompare(lastAsked.get(b.id) ?? ""))[0];
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
