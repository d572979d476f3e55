/** How a flow offers itself to the bot: the commands it answers and the card verbs it handles. */
import type { CardVerb } from "../../cards";
import type { CommandId } from "../commands";
import type { CardActionInput } from "./card-input";
import type { FlowResult, TurnScope } from "../turn-scope";

export type CommandHandler = (scope: TurnScope, args: string) => Promise<FlowResult> | FlowResult;
export type ActionHandler = (scope: TurnScope, input: CardActionInput) => Promise<FlowResult> | FlowResult;
/** Who sent a turn, as Teams says (tenant, Entra object id): the keys of their own partition and member. */
export interface TurnSender {
  orgId: string;
  memberId: string;
}
/**
 * Starts a card action's store reads from the sender and the card's data alone, before the
 * turn's member is read, so that they run beside it; returns the handler that uses them. Reads
 * only: access is checked, and everything is decided and written, once the member is known.
 */
export type ReadAheadAction = (sender: TurnSender, input: CardActionInput) => ActionHandler;
/** A typed message that is no command (the text as typed). */
export type TypedTextHandler = (scope: TurnScope, text: string) => Promise<FlowResult> | FlowResult;
/** A message carrying files (the activity's attachments, unvalidated). */
export type FilesHandler = (scope: TurnScope, attachments: unknown) => Promise<FlowResult> | FlowResult;

export interface FlowRoutes {
  commands?: Partial<Record<CommandId, CommandHandler>>;
  /** Card verbs, e.g. "answer.submit". */
  actions?: Partial<Record<CardVerb, ActionHandler>>;
  /** Verbs of `actions` whose reads can start beside the member read (the submit, the hot path). */
  readAhead?: Partial<Record<CardVerb, ReadAheadAction>>;
  /** What a message that is no command gets; one flow claims it. */
  typedText?: TypedTextHandler;
  /** What a message with files gets; one flow claims it. */
  files?: FilesHandler;
}

/** Joins the routes of all flows; a command or verb claimed twice is a programming error. */
export function mergeRoutes(
  all: readonly FlowRoutes[],
): FlowRoutes & Required<Omit<FlowRoutes, "typedText" | "files">> {
  const commands: Partial<Record<CommandId, CommandHandler>> = {};
  const actions: Partial<Record<CardVerb, ActionHandler>> = {};
  const readAhead: Partial<Record<CardVerb, ReadAheadAction>> = {};
  let typedText: TypedTextHandler | undefined;
  let files: FilesHandler | undefined;
  for (const routes of all) {
    if (routes.typedText) {
      if (typedText) throw new Error("typed text is routed twice");
      typedText = routes.typedText;
    }
    if (routes.files) {
      if (files) throw new Error("files are routed twice");
      files = routes.files;
    }
    for (const [id, handler] of Object.entries(routes.commands ?? {}) as [CommandId, CommandHandler][]) {
      if (commands[id]) throw new Error(`command ${id} is routed twice`);
      commands[id] = handler;
    }
    for (const [verb, handler] of Object.entries(routes.actions ?? {}) as [CardVerb, ActionHandler][]) {
      if (actions[verb]) throw new Error(`card verb ${verb} is routed twice`);
      actions[verb] = handler;
    }
    for (const [verb, start] of Object.entries(routes.readAhead ?? {}) as [CardVerb, ReadAheadAction][]) {
      if (!routes.actions?.[verb]) throw new Error(`card verb ${verb} reads ahead but has no action`);
      readAhead[verb] = start;
    }
  }
  return { commands, actions, readAhead, ...(typedText ? { typedText } : {}), ...(files ? { files } : {}) };
}
