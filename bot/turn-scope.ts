/** Everything a flow needs to answer one turn for one member. */
import type { AdaptiveCard } from "../cards";
import type { Member, Role } from "./domain/member";
import type { OrgConfig } from "./domain/org-config";
import type { Locale } from "./domain/quality-models";
import type { Translate } from "./i18n/translator";

export interface TurnScope {
  member: Member;
  roles: ReadonlySet<Role>;
  /** The organisation's configuration; absent until a quality officer has set it up. */
  org: OrgConfig | undefined;
  locale: Locale;
  /** The member's time zone (Teams client, else the organisation's schedule, else Europe/Berlin). */
  timeZone: string;
  t: Translate;
  now: Date;
  /** Id of the incoming activity: Teams redelivers with the same id, so it keys idempotent work. */
  activityId: string;
}

/**
 * What a flow answers. From an `Action.Execute` a card replaces the one clicked; from a typed
 * command or an `Action.Submit` it is sent as a new message.
 */
export type FlowResult = { kind: "card"; card: AdaptiveCard } | { kind: "text"; text: string };

export const cardResult = (card: AdaptiveCard): FlowResult => ({ kind: "card", card });
export const textResult = (text: string): FlowResult => ({ kind: "text", text });
