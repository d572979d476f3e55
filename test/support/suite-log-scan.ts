/**
 * Every log line the app writes during the test suite is kept in test-results/logs/, and after
 * the last test the whole lot is scanned for personal data (see log-scan-teardown.js).
 */
import * as fs from "node:fs";
import * as path from "node:path";

const SUITE_LOG_DIR = path.resolve(__dirname, "..", "..", "test-results", "logs");

export function keepForSuiteScan(line: string): void {
  fs.mkdirSync(SUITE_LOG_DIR, { recursive: true });
  fs.appendFileSync(path.join(SUITE_LOG_DIR, `app-${process.pid}.jsonl`), `${line}\n`);
}
