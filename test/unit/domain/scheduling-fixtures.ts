/** Real-shaped organisation, members and history for the scheduling rule tests. */
import { orgConfigSchema, type OrgConfig, type OrgConfigInput } from "../../../bot/domain/org-config";
import type { DuePrompt, PromptHistoryEntry, SchedulingMember } from "../../../bot/domain/due-prompts";
import type { PromptResponse } from "../../../bot/domain/delivery";

/** A Volkshochschule in Berlin, LQW, weekly prompts on Tuesday 10:00. */
export function orgConfig(overrides: Partial<OrgConfigInput> = {}): OrgConfig {
  return orgConfigSchema.parse({
    orgId: "72f988bf-86f1-41af-91ab-2d7cd011db47",
    name: "Volkshochschule Friedrichshain",
    model: "lqw",
    modelVersion: "LQW 2",
    cycle: { kind: "first", start: "2026-01-05", selfReportDue: "2027-03-31", testatExpiry: "2027-09-30" },
    schedule: { weekday: 2, time: "10:00", frequency: "weekly", timeZone: "Europe/Berlin" },
    groups: [
      {
        id: "leitung",
        name: "Leitung",
        areas: ["leitbild", "fuehrung", "controlling", "strategische_entwicklungsziele"],
      },
      { id: "kursleitende", name: "Kursleitende", areas: ["kernprozess", "evaluation", "bedarfserschliessung"] },
    ],
    coverageThresholds: { enoughAnswers: 3, enoughContributors: 2 },
    updatedAt: "2025-12-01T09:00:00.000Z",
    ...overrides,
  });
}

export function member(memberId: string, overrides: Partial<SchedulingMember> = {}): SchedulingMember {
  return { memberId, group: "kursleitende", isInstalled: true, isReachable: true, ...overrides };
}

/** The history entry the outbox would hold once a due prompt was recorded. */
export function asHistory(due: DuePrompt, createdAt: Date, response: PromptResponse = "open"): PromptHistoryEntry {
  return {
    memberId: due.memberId,
    deliveryId: due.deliveryId,
    promptId: due.promptId,
    area: due.area,
    dimension: due.dimension,
    periodKey: due.periodKey,
    kind: "scheduled",
    createdAt: createdAt.toISOString(),
    response,
  };
}

/** Berlin wall-clock time in winter (CET, UTC+1) as an instant. */
export function berlinWinter(localIso: string): Date {
  return new Date(`${localIso}+01:00`);
}

/** Berlin wall-clock time in summer (CEST, UTC+2) as an instant. */
export function berlinSummer(localIso: string): Date {
  return new Date(`${localIso}+02:00`);
}
