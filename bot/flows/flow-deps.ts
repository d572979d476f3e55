/** What flows depend on, handed in by the composition root. */
import type { CatalogPrompt } from "../domain/catalog/prompt-catalog";
import type { Clock } from "../domain/clock";
import type { Member } from "../domain/member";
import type { OrgConfig } from "../domain/org-config";
import type { AreaId, DimensionId } from "../domain/quality-models";
import type { Logger } from "../logger";
import type { Repositories } from "../store";

export interface PromptChoice {
  /** Leave out prompts the member just declined. */
  excludePromptIds?: readonly string[];
  /** Restrict to one cell (the follow-up asks about the same area's evaluation). */
  cell?: { area: AreaId; dimension: DimensionId };
}

/** Picks the next prompt for one member (coverage-aware rotation over their group's cells). */
export interface PromptChooser {
  choose(org: OrgConfig, member: Member, now: Date, choice?: PromptChoice): Promise<CatalogPrompt | undefined>;
}

/** Makes signed, expiring download links. */
export interface DownloadLinks {
  create(orgId: string, exportId: string, expiresAt: Date): string;
}

export interface FlowDeps {
  repos: Repositories;
  clock: Clock;
  prompts: PromptChooser;
  links: DownloadLinks;
  logger: Logger;
}
