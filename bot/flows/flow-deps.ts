/** What flows depend on, handed in by the composition root. */
import type { DraftJobDeps } from "../exports/draft-job";
import type { CatalogPrompt } from "../domain/catalog/prompt-catalog";
import type { Clock } from "../domain/clock";
import type { Member } from "../domain/member";
import type { OrgConfig } from "../domain/org-config";
import type { AreaId, DimensionId } from "../domain/quality-models";
import type { Logger } from "../logger";
import type { Scheduling } from "../scheduling";
import type { BootstrapOfficer } from "../roles";
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

/** Makes signed download links that expire a few minutes after they were made (EXPORT_LINK_MINUTES). */
interface DownloadLinks {
  /** The link and when it stops working: the earlier of the link lifetime and the export's own expiry. */
  create(orgId: string, exportId: string, exportExpiresAt: Date): { url: string; expiresAt: Date };
}

/** Draft compilation for exports: which drafter to use, and whether an LLM is configured. */
export interface DraftServices extends DraftJobDeps {
  isLlmConfigured: boolean;
  /** How long a structured draft may compile inside the turn before it is sent after it (EXPORT_IN_TURN_SECONDS). */
  inTurnMs: number;
}

export interface FlowDeps {
  repos: Repositories;
  /** Sends a card to a member's 1:1 chat outside a turn (long work finished): bot/scheduling/notifier.ts. */
  notifier: Scheduling["notifier"];
  drafts: DraftServices;
  clock: Clock;
  prompts: PromptChooser;
  links: DownloadLinks;
  logger: Logger;
  /** Local mode (no Bot Framework authentication): enables "zeitplan jetzt". */
  isLocalMode?: boolean;
  /** Runs the scheduler and the delivery worker at once (local mode's "zeitplan jetzt"). */
  scheduling?: Pick<Scheduling, "runNow">;
  /** Entra object ids that are quality officers by configuration (the roles flow keeps at least one officer). */
  bootstrapQualityOfficers?: readonly BootstrapOfficer[];
}
