/**
 * Every verb a card button may send back to the bot. Buttons (cards/card-action.ts), the flows'
 * routes (bot/flows/flow-routes.ts) and the templates' own buttons share this list, so a typo in
 * a verb fails to compile, and a test fails when a verb has no route or a template names one
 * that is not here.
 */
export const CARD_VERBS = [
  "help",
  // A member's prompts and answers
  "prompt.new",
  "prompt.show",
  "prompt.another",
  "prompt.skip",
  "prompt.snooze",
  "prompt.unsnooze",
  "prompt.followUp",
  "answer.submit",
  "answer.open",
  "answer.edit",
  "answer.saveEdit",
  "answer.delete",
  "answer.deleteConfirm",
  "answers.list",
  "typed.offer",
  "typed.save",
  "typed.edit",
  "typed.no",
  "settings.save",
  "data.deleteAll",
  "data.deleteAllCancel",
  // Managers and quality officers
  "progress.show",
  "progress.area",
  "overview.open",
  "roles.open",
  "roles.search",
  "roles.change",
  "export.create",
  "reportBasis.open",
  "reportBasis.save",
  "reportBasis.prompts",
  "delivery.listUnreached",
  // Setup
  "setup.open",
  "setup.next",
  "setup.back",
  "setup.discard",
  "setup.finish",
  "setup.groupAdd",
  "setup.groupPage",
  "setup.groupRemove",
  "setup.quietAdd",
  "setup.quietRemove",
] as const;
export type CardVerb = (typeof CARD_VERBS)[number];

const KNOWN = new Set<string>(CARD_VERBS);

/** Whether a verb read from a card (user-controlled) is one the bot offers. */
export function isCardVerb(verb: string): verb is CardVerb {
  return KNOWN.has(verb);
}
