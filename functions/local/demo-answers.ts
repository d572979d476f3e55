/**
 * Earlier reflections of the demo organisation, so that a newcomer sees a progress summary and
 * a draft with content at once. The texts are the catalog's example answers, answered by the
 * six demo people over the past weeks; each answer has its delivery, as a real one would.
 */
import { fillPrompt, PROMPT_CATALOG } from "../../bot/domain/catalog/prompt-catalog";
import type { Delivery } from "../../bot/domain/delivery";
import { answerId } from "../../bot/domain/ids";
import type { OrgConfig } from "../../bot/domain/org-config";
import type { AreaId, DimensionId } from "../../bot/domain/quality-models";
import type { Repositories } from "../../bot/store";
import { DEMO_USERS, type DemoUserKey } from "./demo-organisation";

const ANSWERS_PER_PERSON = 9;
/**
 * In their oldest three weeks everyone reflected on the same cells, as a team meeting might:
 * cells with six people show numbers on the manager's coverage map (it shows none below five).
 */
const TOGETHER: readonly (readonly [AreaId, DimensionId])[] = [
  ["leitbild", "results"],
  ["kundenkommunikation", "procedures"],
  ["leitbild", "rationale"],
];
const DAY_MS = 86_400_000;

export async function seedDemoAnswers(
  repos: Pick<Repositories, "answers" | "deliveries">,
  org: OrgConfig,
  groupOf: Readonly<Record<DemoUserKey, string>>,
  now: Date,
): Promise<number> {
  let seeded = 0;
  const people = Object.keys(DEMO_USERS) as DemoUserKey[];
  for (const [personIndex, key] of people.entries()) {
    const memberId = DEMO_USERS[key].aadObjectId;
    const areas = org.groups.find((group) => group.id === groupOf[key])?.areas ?? [];
    const prompts = PROMPT_CATALOG.filter(
      (prompt) => prompt.models.includes(org.model) && !prompt.part && areas.includes(prompt.area),
    );
    for (let i = 0; i < ANSWERS_PER_PERSON && prompts.length > 0; i++) {
      // A fixed stride through the catalog: different people, different cells, same every start.
      const together = TOGETHER[i - (ANSWERS_PER_PERSON - TOGETHER.length)];
      const shared =
        together &&
        PROMPT_CATALOG.find(
          (candidate) =>
            candidate.models.includes(org.model) &&
            !candidate.part &&
            candidate.area === together[0] &&
            candidate.dimension === together[1],
        );
      const prompt = shared ?? prompts[(personIndex * 17 + i * 29) % prompts.length];
      if (!prompt) continue;
      const at = new Date(now.getTime() - (i * 7 + personIndex + 1) * DAY_MS).toISOString();
      const deliveryId = `delivery:demo:${key}:${i}`;
      const delivery: Delivery = {
        orgId: org.orgId,
        deliveryId,
        memberId,
        kind: "scheduled",
        promptId: prompt.id,
        area: prompt.area,
        dimension: prompt.dimension,
        periodKey: `demo-${i}`,
        dueAt: at,
        state: "sent",
        response: "answered",
        attempts: 1,
        sentAt: at,
        respondedAt: at,
        createdAt: at,
        updatedAt: at,
      };
      await repos.deliveries.recordIfAbsent(delivery);
      await repos.answers.saveNew({
        orgId: org.orgId,
        answerId: answerId(deliveryId, memberId),
        promptInstanceId: deliveryId,
        memberId,
        promptId: prompt.id,
        model: org.model,
        area: prompt.area,
        dimension: prompt.dimension,
        group: groupOf[key],
        text: fillPrompt(prompt.example, org, "de"),
        createdAt: at,
        updatedAt: at,
        history: [],
      });
      seeded++;
    }
  }
  return seeded;
}
