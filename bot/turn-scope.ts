/** Everything a flow needs to answer one turn for one member. */
import type { AdaptiveCard } from "../cards";
import type { Member, Role } from "./domain/member";
import type { Locale } from "./domain/quality-models";
import type { Translate } from "./i18n/translator";

export interface TurnScope {
  member: Member;
  roles: ReadonlySet<Role>;
  locale: Locale;
  t: Translate;
  now: Date;
}

/**
 * What a flow answers. From an `Action.Execute` a card replaces the one clicked; from a typed
 * command or an `Action.Submit` it is sent as a new message.
 */
export type FlowResult = { kind: "card"; card: AdaptiveCard } | { kind: "text"; text: string };

export const cardResult = (card: AdaptiveCard): FlowResult => ({ kind: "card", card });
export const textResult = (text: string): FlowResult => ({ kind: "text", text });
