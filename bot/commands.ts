/**
 * Turns what a member typed into a command. Tolerant the way people type in a chat: any case,
 * umlauts written as ae/oe/ue, surrounding punctuation, and one typo in a command word.
 */
import { spellOutUmlauts } from "./domain/german-letters";

export const COMMAND_IDS = [
  "greeting",
  "help",
  "prompt",
  "myAnswers",
  "pause",
  "resume",
  "vacation",
  "language",
  "settings",
  "myData",
  "deleteAll",
  "progress",
  "setup",
  "roles",
  "overview",
  "export",
  "reportBasis",
  "promptIds",
  "runSchedule",
  "deliveryStatus",
] as const;
export type CommandId = (typeof COMMAND_IDS)[number];

/** German first, then English; the first phrase of each is the one suggested back. */
const PHRASES: Record<CommandId, readonly string[]> = {
  greeting: ["hallo", "hello", "hi", "guten tag", "moin", "servus", "hey", "start"],
  help: ["hilfe", "help", "?", "befehle", "commands"],
  prompt: ["frage", "neue frage", "prompt", "new prompt", "question", "reflexion"],
  myAnswers: ["meine antworten", "my answers", "antworten", "answers"],
  pause: ["pause bis", "pause", "pause until"],
  resume: ["fortsetzen", "resume", "weiter"],
  vacation: ["urlaub bis", "urlaub", "vacation until", "vacation", "holiday until"],
  language: ["sprache", "language"],
  settings: ["einstellungen", "settings"],
  myData: ["meine daten", "my data"],
  deleteAll: ["alles löschen", "delete my data", "alles loeschen", "delete all"],
  progress: ["fortschritt", "progress", "stand"],
  setup: ["einrichtung", "setup", "einrichten"],
  roles: ["rollen", "roles"],
  overview: ["übersicht", "overview"],
  export: ["export", "entwurf", "draft"],
  reportBasis: ["grundlagen", "report basis", "anforderungen", "requirements", "selbstreport grundlagen"],
  promptIds: ["kennungen", "fragenliste", "prompt ids", "prompt list"],
  runSchedule: ["zeitplan jetzt", "jetzt senden", "run schedule", "send now"],
  deliveryStatus: ["zustellung", "delivery"],
};

/** The phrases a command is known by, German first (for ranking suggestions). */
export function commandPhrases(id: CommandId): readonly string[] {
  return PHRASES[id];
}

export type ParsedCommand = { kind: "command"; id: CommandId; args: string } | { kind: "unknown" };

/** Lower case, umlauts and ß spelled out, punctuation at the edges and repeated spaces removed. */
export function normalizeCommandText(text: string): string {
  return spellOutUmlauts(text.toLowerCase().normalize("NFC"))
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .replace(/^[\s"'„“»«.,!:;-]+|[\s"'„“»«.,!:;-]+$/g, "");
}

/** Damerau–Levenshtein distance capped at 2 (we only ask "at most one typo?"). */
function isWithinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i);
  const restB = b.slice(i);
  return (
    restA.slice(1) === restB.slice(1) || // substitution
    restA.slice(1) === restB || // deletion in b
    restA === restB.slice(1) || // insertion in b
    (restA.length >= 2 && restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2)) // swap
  );
}

const NORMALIZED = COMMAND_IDS.flatMap((id) =>
  PHRASES[id].map((phrase) => ({ id, phrase: normalizeCommandText(phrase) || phrase })),
).sort((x, y) => y.phrase.length - x.phrase.length); // longest first: "pause bis" before "pause"

export function parseCommand(text: string | undefined): ParsedCommand {
  const input = normalizeCommandText(text ?? "") || (text ?? "").trim();
  if (!input) return { kind: "unknown" };
  for (const { id, phrase } of NORMALIZED) {
    if (input === phrase) return { kind: "command", id, args: "" };
    if (input.startsWith(`${phrase} `)) return { kind: "command", id, args: input.slice(phrase.length + 1).trim() };
  }
  const words = input.split(" ");
  for (const { id, phrase } of NORMALIZED) {
    if (phrase.length < 4) continue; // "hi" within one edit of "ja" would be a guess, not a typo
    const count = phrase.split(" ").length;
    const head = words.slice(0, count).join(" ");
    if (isWithinOneEdit(head, phrase)) {
      return { kind: "command", id, args: words.slice(count).join(" ") };
    }
  }
  return { kind: "unknown" };
}
