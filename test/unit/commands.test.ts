import { normalizeCommandText, parseCommand, type CommandId } from "../../bot/commands";

const command = (id: CommandId, args = "") => ({ kind: "command", id, args });
const UNKNOWN = { kind: "unknown" };

describe("typed commands", () => {
  it.each([
    ["hilfe", "help"],
    ["HILFE", "help"],
    ["  Hilfe! ", "help"],
    ["„hilfe“", "help"],
    ["Fortschritt.", "progress"],
    ["Frage", "prompt"],
    ["Hallo", "greeting"],
    ["Meine Antworten", "myAnswers"],
    ["Einstellungen", "settings"],
  ] as const)("understands %j whatever the case and surrounding punctuation", (text, id) => {
    expect(parseCommand(text)).toEqual(command(id));
  });

  it.each([
    ["Übersicht", "overview"],
    ["ÜBERSICHT", "overview"],
    ["uebersicht", "overview"],
    ["alles löschen", "deleteAll"],
    ["Alles Löschen", "deleteAll"],
    ["alles loeschen", "deleteAll"],
  ] as const)("understands %j with umlauts typed or spelled out", (text, id) => {
    expect(parseCommand(text)).toEqual(command(id));
  });

  it.each([
    ["hilef", "help"],
    ["hlife", "help"],
    ["hilfee", "help"],
    ["fortschrit", "progress"],
    ["meine antworen", "myAnswers"],
    ["einstelungen", "settings"],
    ["uebersciht", "overview"],
  ] as const)("forgives one typo: %j", (text, id) => {
    expect(parseCommand(text)).toEqual(command(id));
  });

  it.each([
    ["pause bis 31.12.2026", "pause", "31.12.2026"],
    ["Pause bis 31.12.2026", "pause", "31.12.2026"],
    ["urlaub bis 15.08.2026", "vacation", "15.08.2026"],
    ["sprache en", "language", "en"],
    ["export word", "export", "word"],
    ["pause until 31.12.2026", "pause", "31.12.2026"],
  ] as const)("passes what follows the command as its argument: %j", (text, id, args) => {
    expect(parseCommand(text)).toEqual(command(id, args));
  });

  it.each([
    ["help", "help"],
    ["Help", "help"],
    ["hello", "greeting"],
    ["my answers", "myAnswers"],
    ["delete my data", "deleteAll"],
    ["progress", "progress"],
    ["overview", "overview"],
    ["settings", "settings"],
    ["resume", "resume"],
    ["language", "language"],
  ] as const)("understands the English command %j", (text, id) => {
    expect(parseCommand(text)).toEqual(command(id));
  });

  it.each(["Wie wird das Wetter morgen?", "Danke", "ok", "Ich habe eine Idee für unser Leitbild", "asdf", "", "   "])(
    "does not read a command into %j",
    (text) => {
      expect(parseCommand(text)).toEqual(UNKNOWN);
    },
  );

  it("treats a missing text (a card click without text) as unknown", () => {
    expect(parseCommand(undefined)).toEqual(UNKNOWN);
  });

  it.each(["ja", "ho", "hu", "hoi", "he", "ok"])("does not guess a command from the short word %j", (text) => {
    expect(parseCommand(text)).toEqual(UNKNOWN);
  });

  it("does not accept two typos in a command", () => {
    expect(parseCommand("hiilef")).toEqual(UNKNOWN);
    expect(parseCommand("fortschirt")).toEqual(UNKNOWN);
  });
});

describe("normalizing typed text", () => {
  it("lowercases, spells out umlauts and ß, collapses spaces and trims punctuation", () => {
    expect(normalizeCommandText("  „Alles   LÖSCHEN“! ")).toBe("alles loeschen");
    expect(normalizeCommandText("Straße\u00a0Übersicht")).toBe("strasse uebersicht");
  });
});
