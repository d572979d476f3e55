/** Real-shaped organisation, members, answers and deliveries for the progress summary tests. */
import type { AnswerFact } from "../../../bot/domain/coverage-types";
import { orgConfigSchema, type OrgConfig, type OrgConfigInput } from "../../../bot/domain/org-config";
import type { AskedFact, ProgressMember } from "../../../bot/domain/progress-types";
import type { AreaId, DimensionId } from "../../../bot/domain/quality-models";

/** Wednesday 13 May 2026, 12:00 in Berlin (CEST). */
export const NOW = new Date("2026-05-13T10:00:00.000Z");
const DAY_MS = 86_400_000;

/** A counselling centre under KQB with three groups and the default threshold of 5. */
export function progressOrg(overrides: Partial<OrgConfigInput> = {}): OrgConfig {
  return orgConfigSchema.parse({
    orgId: "3c1e7f0a-5b2d-4e8a-9c61-0d4f2a7b8e93",
    name: "Beratungszentrum Nord",
    model: "kqb",
    modelVersion: "KQB",
    cycle: { kind: "first", start: "2026-01-05", selfReportDue: "2027-03-31", testatExpiry: "2027-09-30" },
    schedule: { weekday: 2, time: "10:00", frequency: "weekly", timeZone: "Europe/Berlin" },
    groups: [
      {
        id: "leitung",
        name: "Leitung",
        areas: ["leitbild", "fuehrung", "controlling", "strategische_entwicklungsziele"],
      },
      {
        id: "beratung",
        name: "Beratung",
        areas: ["bedarfserschliessung", "kernprozess", "evaluation", "kundenkommunikation"],
      },
      {
        id: "verwaltung",
        name: "Verwaltung",
        areas: ["schluesselprozesse", "infrastruktur", "personal", "controlling"],
      },
    ],
    anonymityThreshold: 5,
    coverageThresholds: { enoughAnswers: 3, enoughContributors: 2 },
    updatedAt: "2026-01-02T09:00:00.000Z",
    ...overrides,
  });
}

/** `count` installed members of a group, ids "<group>-1" … */
export function membersOf(group: string | undefined, count: number, prefix = group ?? "ohne"): ProgressMember[] {
  return Array.from({ length: count }, (_, index) => ({
    memberId: `${prefix}-${index + 1}`,
    ...(group ? { group } : {}),
    isInstalled: true,
  }));
}

export function daysAgo(days: number, from: Date = NOW): string {
  return new Date(from.getTime() - days * DAY_MS).toISOString();
}

export function answer(
  memberId: string,
  createdAt: string,
  cell: { area?: AreaId; dimension?: DimensionId; group?: string } = {},
): AnswerFact {
  return {
    memberId,
    area: cell.area ?? "kernprozess",
    dimension: cell.dimension ?? "procedures",
    createdAt,
    ...(cell.group ? { group: cell.group } : {}),
  };
}

export function asked(memberId: string, createdAt: string): AskedFact {
  return { memberId, createdAt };
}

/** Each member asked and answering once, `days` ago, in their group. */
export function everyoneAnswers(
  members: readonly ProgressMember[],
  days: number,
  cell: { area?: AreaId; dimension?: DimensionId } = {},
) {
  return {
    facts: members.map((member) =>
      answer(member.memberId, daysAgo(days), { ...cell, ...(member.group ? { group: member.group } : {}) }),
    ),
    asked: members.map((member) => asked(member.memberId, daysAgo(days + 0.01))),
  };
}
