/**
 * How long documents are kept: an organisation's retention settings turned into an `expiresAt`
 * per document (what the sweeper deletes by) and from that a Cosmos `ttl` (what Azure deletes by).
 */
import type { OrgConfig } from "../domain/org-config";

export type RetentionSettings = OrgConfig["retention"];

const DEFAULT_RETENTION: RetentionSettings = { answerGraceYears: 5, exportDays: 7, auditYears: 6 };

/**
 * A Testat is valid four years and is issued after the self-report has been assessed; until the
 * organisation enters the actual expiry, assume five years after the self-report is due (the safe
 * side: answers are kept a little longer rather than deleted early).
 */
const ESTIMATED_TESTAT_YEARS_AFTER_SELF_REPORT = 5;

export interface OrgRetention extends RetentionSettings {
  /** Start of the current cycle: answers created since belong to it. */
  cycleStart?: string;
  /** Last day (ISO date) of the current certification period; undefined before setup. */
  certificationEnds?: string;
}

export interface RetentionSource {
  retentionFor(orgId: string): Promise<OrgRetention>;
}

export function retentionOf(config: Pick<OrgConfig, "retention" | "cycle"> | undefined): OrgRetention {
  if (!config) return { ...DEFAULT_RETENTION };
  const { cycle } = config;
  return {
    ...config.retention,
    cycleStart: cycle.start,
    certificationEnds: cycle.testatExpiry ?? addYears(cycle.selfReportDue, ESTIMATED_TESTAT_YEARS_AFTER_SELF_REPORT),
  };
}

/** Answers of the current cycle are kept until the end of the certification period plus the grace years. */
export function answerExpiresAt(retention: OrgRetention): string | undefined {
  if (!retention.certificationEnds) return undefined;
  return dayAfter(addYears(retention.certificationEnds, retention.answerGraceYears));
}

export function exportExpiresAt(retention: Pick<RetentionSettings, "exportDays">, createdAt: string): string {
  return new Date(Date.parse(createdAt) + retention.exportDays * 86_400_000).toISOString();
}

export function auditExpiresAt(retention: Pick<RetentionSettings, "auditYears">, at: string): string {
  const date = new Date(at);
  date.setUTCFullYear(date.getUTCFullYear() + retention.auditYears);
  return date.toISOString();
}

/** `YYYY-MM-DD` plus whole years (29 February becomes 1 March). */
function addYears(isoDate: string, years: number): string {
  const [year = 0, month = 1, day = 1] = isoDate.slice(0, 10).split("-").map(Number);
  return new Date(Date.UTC(year + years, month - 1, day)).toISOString().slice(0, 10);
}

/** Midnight (UTC) after a day: a document expiring then was kept for the whole day. */
function dayAfter(isoDate: string): string {
  return new Date(Date.parse(`${isoDate}T00:00:00.000Z`) + 86_400_000).toISOString();
}
