/**
 * The Teams bot: checks the tenant, records the member, routes typed commands and card actions
 * to flows, and turns every failure into a friendly, localized answer with a correlation id.
 */
import { ActivityTypes, CardFactory, TeamsActivityHandler, type TurnContext } from "botbuilder";
import { escapeListMarkers, isCardVerb, type AdaptiveCard, type CardVerb } from "../cards";
import { parseCommand, type CommandId } from "./commands";
import type { Clock } from "./domain/clock";
import { effectiveLocale, type Member, type MemberSighting } from "./domain/member";
import type { OrgConfig } from "./domain/org-config";
import type { Locale } from "./domain/quality-models";
import { AppError, isAppError } from "./errors";
import { createRoutes, onboardingCard } from "./flows";
import type { FlowDeps } from "./flows/flow-deps";
import type {
  ActionHandler,
  CommandHandler,
  FilesHandler,
  ReadAheadAction,
  TypedTextHandler,
} from "./flows/flow-routes";
import { COMMAND_ACCESS, refusedAccess, VERB_ACCESS } from "./flows/route-access";
import { createSetupGate, type SetupGate } from "./flows/setup-gate";
import { unknownHint } from "./flows/typed-answer-flow";
import { anonymityThresholdOf, welcome } from "./flows/welcome-flow";
import { translator, type MessageKey } from "./i18n/translator";
import type { Logger } from "./logger";
import { rolesOf, type BootstrapOfficer } from "./roles";
import { readTurnFacts } from "./teams-activity";
import { carriesFiles } from "./teams-file";
import { TURN_RECEIVED_AT, waitedSince, type TurnGate } from "./turn-gate";
import type { TurnAdmission, TurnRateLimiter } from "./turn-rate-limiter";
import { textResult, type FlowResult, type TurnScope } from "./turn-scope";
import { asRecord, readCardAction, type CardActionInput } from "./flows/card-input";

export interface BotDependencies extends FlowDeps {
  clock: Clock;
  logger: Logger;
  newCorrelationId(): string;
  /** Empty means any tenant; allowed in local mode only (the configuration enforces it). */
  allowedTenantIds: readonly string[];
  bootstrapQualityOfficers: readonly BootstrapOfficer[];
  /** Local mode: stands in for the client's language (the Agents Playground always sends en-US). */
  clientLocaleOverride?: Locale;
  /** Turns per member and tenant; without it every turn runs (tests of other behaviour). */
  turnRateLimiter?: TurnRateLimiter;
  /** Turns running at once on this instance; without it every turn starts at once. */
  turnGate?: TurnGate;
}

const ADAPTIVE_CARD_ACTION = "adaptiveCard/action";

export class ReflectionBot extends TeamsActivityHandler {
  private readonly commands: Partial<Record<CommandId, CommandHandler>>;
  private readonly actions: Partial<Record<CardVerb, ActionHandler>>;
  private readonly readAhead: Partial<Record<CardVerb, ReadAheadAction>>;
  private readonly typedText: TypedTextHandler;
  private readonly files: FilesHandler | undefined;
  private readonly setupGate: SetupGate;

  constructor(private readonly deps: BotDependencies) {
    super();
    const routes = createRoutes(deps);
    this.commands = routes.commands;
    this.actions = routes.actions;
    this.readAhead = routes.readAhead;
    this.typedText = routes.typedText ?? ((scope, text) => unknownHint(scope, text));
    this.files = routes.files;
    this.setupGate = createSetupGate(deps);
  }

  protected override async onTurnActivity(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const correlationId = this.deps.newCorrelationId();
    const facts = readTurnFacts(activity, this.deps.clientLocaleOverride);
    const isCardAction = typeOf(activity) === ActivityTypes.Invoke && activity.name === ADAPTIVE_CARD_ACTION;
    if (typeOf(activity) === ActivityTypes.Invoke && !isCardAction) {
      // Card actions are the only invokes this bot offers: any other is the caller's mistake (400), not a server fault (botbuilder's 501).
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 400 } });
      return;
    }

    if (facts.refusal === "channel") {
      // Another channel than Teams writes its own `from` and tenant: nothing it says is an identity.
      this.deps.logger.warn("turn.channel_refused", { correlationId, activityType: loggableType(activity.type) });
      if (isCardAction) await this.answerInvokeError(context, 400);
      return;
    }
    if (!this.isTenantAllowed(facts.tenantId)) {
      this.deps.logger.warn("turn.tenant_refused", { correlationId, activityType: loggableType(activity.type) });
      await this.answer(context, isCardAction, textResult(translator("de")("error.tenantNotAllowed")));
      return;
    }
    if (!facts.sighting) {
      this.deps.logger.warn("turn.unidentified", { correlationId, activityType: loggableType(activity.type) });
      if (isCardAction) await this.answerInvokeError(context, 400);
      return;
    }
    const locale = facts.sighting.locale;
    const cardAction = readCardAction(cardPayload(activity));
    const verb = cardAction?.verb;
    const isSenderTurn = typeOf(activity) === ActivityTypes.Message || isCardAction;
    const admission: TurnAdmission = isSenderTurn
      ? (this.deps.turnRateLimiter?.admit(facts.sighting.orgId, facts.sighting.memberId) ?? "admit")
      : "admit";
    if (admission !== "admit") {
      await this.holdBack(context, isCardAction, admission, locale, verb, correlationId);
      return;
    }
    const waitedMs = waitedSince(context.turnState.get(TURN_RECEIVED_AT));
    const leaveGate = this.deps.turnGate ? await this.deps.turnGate.enter(isSenderTurn, waitedMs) : () => {};
    if (!leaveGate) {
      await this.shed(context, isCardAction, locale, verb, correlationId);
      return;
    }
    try {
      if (!facts.isPersonalChat) {
        // Nothing from a group chat or team is recorded: the member's conversation reference must
        // stay their personal chat, where scheduled prompts go.
        if (typeOf(activity) === ActivityTypes.Message || isCardAction)
          await this.answer(context, isCardAction, textResult(await this.outsidePersonalChatText(facts.sighting)));
        return;
      }
      if (typeOf(activity) === ActivityTypes.InstallationUpdate && activity.action?.startsWith("remove")) {
        await this.markUninstalled(facts.sighting.orgId, facts.sighting.memberId);
        return;
      }
      const readingAhead = cardAction && this.startReadAhead(facts.sighting, cardAction);
      const [{ member, isNewInstall }, org] = await Promise.all([
        this.deps.repos.members.recordSighting(facts.sighting, this.deps.clock.now()),
        this.deps.repos.orgs.get(facts.sighting.orgId),
      ]);
      const scope = this.scopeFor(member, org, activity.id ?? correlationId);
      const results = await this.route(context, scope, isNewInstall, readingAhead);
      for (const result of results) await this.answer(context, isCardAction, result);
    } catch (error) {
      this.logFailure(error, correlationId, activity.type);
      await this.answer(context, isCardAction, textResult(this.errorText(error, locale, correlationId, verb)));
    } finally {
      leaveGate();
    }
  }

  /** The answers to one turn: usually one, two on install (welcome, then onboarding). */
  private async route(
    context: TurnContext,
    scope: TurnScope,
    isNewInstall: boolean,
    readingAhead: ReadingAhead | undefined,
  ): Promise<FlowResult[]> {
    const activity = context.activity;
    switch (typeOf(activity)) {
      case ActivityTypes.Message: {
        const action = readCardAction(activity.value);
        if (action) return [await this.runAction(scope, action, readingAhead)];
        if (this.files && carriesFiles(activity.attachments)) return [await this.files(scope, activity.attachments)];
        const command = parseCommand(activity.text);
        if (command.kind === "command") {
          const refused = refusedAccess(COMMAND_ACCESS[command.id], scope);
          if (refused) return [refused];
          const beforeSetup = await this.setupGate.beforeCommand(scope, command.id);
          if (beforeSetup) return [beforeSetup];
          const handler = this.commands[command.id];
          if (handler) return [await handler(scope, command.args)];
        }
        return [await this.typedText(scope, activity.text ?? "")];
      }
      case ActivityTypes.Invoke: {
        if (activity.name !== ADAPTIVE_CARD_ACTION) return [];
        const action = readCardAction(cardPayload(activity));
        if (!action) throw new AppError("INVALID_INPUT", "card action without verb");
        return [await this.runAction(scope, action, readingAhead)];
      }
      case ActivityTypes.ConversationUpdate:
      case ActivityTypes.InstallationUpdate: {
        const botWasAdded =
          typeOf(activity) === ActivityTypes.InstallationUpdate ||
          (activity.membersAdded ?? []).some((added) => added.id === activity.recipient.id);
        // Teams sends both events on install; the member document decides that we greet once.
        if (!botWasAdded || !isNewInstall) return [];
        // A re-install of someone whose settings are kept: greeted back, no onboarding form again.
        if (scope.member.onboardedAt) return [textResult(scope.t("welcome.back"))];
        const greeting = welcome(scope, anonymityThresholdOf(scope));
        const setupCard = await this.setupGate.afterWelcome(scope);
        if (setupCard) return [greeting, setupCard];
        return scope.org && !scope.member.onboardedAt ? [greeting, onboardingCard(this.deps, scope)] : [greeting];
      }
      default:
        return [];
    }
  }

  /** The card action's handler with its reads already started, where its route reads ahead. */
  private startReadAhead(sender: MemberSighting, action: CardActionInput): ReadingAhead | undefined {
    // Own routes only: a forged verb such as "constructor" must not reach Object.prototype.
    const verb = action.verb;
    if (!isCardVerb(verb)) return undefined;
    const start = this.readAhead[verb];
    return start && { verb, handler: start(sender, action) };
  }

  private async runAction(
    scope: TurnScope,
    action: CardActionInput,
    readingAhead: ReadingAhead | undefined,
  ): Promise<FlowResult> {
    // Own routes only: a forged verb such as "constructor" must not reach Object.prototype.
    const verb = action.verb;
    const started = readingAhead?.verb === verb ? readingAhead.handler : undefined;
    const handler = isCardVerb(verb) ? (started ?? this.actions[verb]) : undefined;
    if (!isCardVerb(verb) || !handler) throw new AppError("INVALID_INPUT", "unknown card verb");
    return refusedAccess(VERB_ACCESS[verb], scope) ?? handler(scope, action);
  }

  private scopeFor(member: Member, org: OrgConfig | undefined, activityId: string): TurnScope {
    const locale = effectiveLocale(member);
    return {
      member,
      roles: rolesOf(member, this.deps.bootstrapQualityOfficers),
      org,
      locale,
      timeZone: member.timeZone ?? org?.schedule.timeZone ?? DEFAULT_TIME_ZONE,
      t: translator(locale),
      now: this.deps.clock.now(),
      activityId,
    };
  }

  private isTenantAllowed(tenantId: string | undefined): boolean {
    if (this.deps.allowedTenantIds.length === 0) return true;
    return tenantId !== undefined && this.deps.allowedTenantIds.includes(tenantId);
  }

  /**
   * A turn over the member's or tenant's rate: no store, no flow. A card action always gets the
   * short message (Teams then leaves the card, with whatever was typed in it, as it is); so does a
   * submitted card's text; other messages are answered once and then dropped until the rate allows.
   */
  private async holdBack(
    context: TurnContext,
    isCardAction: boolean,
    admission: Exclude<TurnAdmission, "admit">,
    locale: Locale,
    verb: string | undefined,
    correlationId: string,
  ): Promise<void> {
    const carriesText = isCardAction || (verb !== undefined && TEXT_CARRYING_VERBS.has(verb));
    if (admission === "tellToWait")
      this.deps.logger.warn("turn.rate_limited", { correlationId, activityType: loggableType(context.activity.type) });
    if (admission === "drop" && !carriesText) return;
    await this.answer(context, isCardAction, textResult(translator(locale)("turn.waitAMoment")));
  }

  /**
   * A turn that found no place in time: no store, no flow, answered at once. A card action's
   * answer is a message, so Teams leaves the card, with whatever was typed in it, as it is.
   */
  private async shed(
    context: TurnContext,
    isCardAction: boolean,
    locale: Locale,
    verb: string | undefined,
    correlationId: string,
  ): Promise<void> {
    this.deps.logger.warn("turn.shed", { correlationId, activityType: loggableType(context.activity.type) });
    const key = verb !== undefined && TEXT_CARRYING_VERBS.has(verb) ? "turn.busyCard" : "turn.busy";
    await this.answer(context, isCardAction, textResult(translator(locale)(key)));
  }

  /** "Please write to me in the personal chat", in the member's language if they are known. */
  private async outsidePersonalChatText(sighting: MemberSighting): Promise<string> {
    const member = await this.deps.repos.members.get(sighting.orgId, sighting.memberId);
    return translator(member ? effectiveLocale(member) : sighting.locale)("error.unsupportedScope");
  }

  private async markUninstalled(orgId: string, memberId: string): Promise<void> {
    const members = this.deps.repos.members;
    if (await members.get(orgId, memberId))
      await members.update(orgId, memberId, (m) => ({ ...m, isInstalled: false }));
  }

  /** Sends a flow's result: as the invoke response of a card action, else as a new message. */
  private async answer(context: TurnContext, isCardAction: boolean, result: FlowResult): Promise<void> {
    if (isCardAction) {
      const body =
        result.kind === "card"
          ? { statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: result.card }
          : {
              statusCode: 200,
              type: "application/vnd.microsoft.activity.message",
              value: escapeListMarkers(result.text),
            };
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body } });
      return;
    }
    await context.sendActivity(
      result.kind === "card"
        ? { attachments: [CardFactory.adaptiveCard(result.card satisfies AdaptiveCard)] }
        : { text: escapeListMarkers(result.text) },
    );
  }

  private async answerInvokeError(context: TurnContext, statusCode: 400 | 500): Promise<void> {
    const body = {
      statusCode,
      type: "application/vnd.microsoft.error",
      value: { code: "BadRequest", message: "invalid request" },
    };
    await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body } });
  }

  private errorText(error: unknown, locale: "de" | "en", correlationId: string, verb: string | undefined): string {
    const t = translator(locale);
    const code = error instanceof AppError ? error.code : "INTERNAL";
    // A message (not a new card) leaves the clicked card as it is, with the typed text in it.
    if (code === "STORE_UNAVAILABLE" && verb && TEXT_CARRYING_VERBS.has(verb)) return t("answer.storeUnavailable");
    const key: Record<string, MessageKey> = {
      STORE_UNAVAILABLE: "error.storeUnavailable",
      CONFLICT: "error.conflict",
      NOT_FOUND: "error.notFound",
      INVALID_INPUT: "error.invalidInput",
      TENANT_NOT_ALLOWED: "error.tenantNotAllowed",
    };
    return t(key[code] ?? "error.generic", { correlationId });
  }

  private logFailure(error: unknown, correlationId: string, activityType: string | undefined): void {
    const code = error instanceof AppError ? error.code : "INTERNAL";
    const level = isAppError(error, "INVALID_INPUT") || isAppError(error, "CONFLICT") ? "warn" : "error";
    this.deps.logger[level]("turn.failed", { code, correlationId, activityType: loggableType(activityType) });
  }
}

const DEFAULT_TIME_ZONE = "Europe/Berlin";

/** A card action whose reads started beside the member read, and the handler that uses them. */
interface ReadingAhead {
  verb: CardVerb;
  handler: ActionHandler;
}

const KNOWN_ACTIVITY_TYPES = new Set<string>(Object.values(ActivityTypes));

/** The activity's type as botbuilder's enum, or undefined for a type botbuilder does not know. */
function typeOf(activity: TurnContext["activity"]): ActivityTypes | undefined {
  return KNOWN_ACTIVITY_TYPES.has(activity.type) ? (activity.type as ActivityTypes) : undefined;
}

/** The activity type for a log line: the sender chooses it, so anything unknown is logged as "other". */
function loggableType(type: string | undefined): string {
  return type && KNOWN_ACTIVITY_TYPES.has(type) ? type : "other";
}

/** Card actions that carry typed text the person must not lose. */
const TEXT_CARRYING_VERBS = new Set(["answer.submit", "answer.saveEdit"]);

/** `{ verb, …data }` of an Action.Execute invoke or an Action.Submit message, else undefined. */
function cardPayload(activity: TurnContext["activity"]): unknown {
  if (typeOf(activity) === ActivityTypes.Invoke && activity.name === ADAPTIVE_CARD_ACTION) {
    const value = activity.value as { action?: { verb?: unknown; data?: unknown } } | undefined;
    return { ...asRecord(value?.action?.data), verb: value?.action?.verb };
  }
  return typeOf(activity) === ActivityTypes.Message ? activity.value : undefined;
}
