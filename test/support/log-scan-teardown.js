/**
 * Jest globalTeardown: scans every log line the app wrote during the whole suite. Logs carry
 * event names, codes and ids only; a name of a test person, an e-mail address or a piece of
 * free text (several words) in any field fails the run.
 */
const fs = require("node:fs");
const path = require("node:path");

const LOG_DIR = path.resolve(__dirname, "..", "..", "test-results", "logs");
// Every person the tests use (test/support/teams-activities.ts, the demo organisation).
const NAMES = [
  "Anna Schneider",
  "Jonas Weber",
  "Miriam Köhler",
  "Emma Taylor",
  "Lukas Becker",
  "Fatma Yılmaz",
  "Sabine Hoffmann",
  "Schneider",
  "Köhler",
];
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const FREE_TEXT = /\S+ \S+ \S+ \S+ \S+/; // five words in a row: a sentence, not a code

module.exports = async () => {
  if (!fs.existsSync(LOG_DIR)) return;
  const problems = [];
  let lines = 0;
  for (const file of fs.readdirSync(LOG_DIR)) {
    for (const line of fs.readFileSync(path.join(LOG_DIR, file), "utf8").split("\n").filter(Boolean)) {
      lines++;
      const values = Object.values(JSON.parse(line)).filter((value) => typeof value === "string");
      for (const value of values) {
        if (NAMES.some((name) => value.includes(name))) problems.push(`a name in: ${line}`);
        else if (EMAIL.test(value)) problems.push(`an e-mail address in: ${line}`);
        else if (FREE_TEXT.test(value)) problems.push(`free text in: ${line}`);
      }
    }
  }
  if (problems.length > 0) {
    throw new Error(
      `Personal data in ${problems.length} of ${lines} app log lines:\n${problems.slice(0, 10).join("\n")}`,
    );
  }
  process.stdout.write(
    `\nLog scan: ${lines} app log lines from the whole suite, no names, e-mail addresses or free text.\n`,
  );
};
