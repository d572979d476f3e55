/**
 * Jest globalSetup: a clean log directory for the suite-wide log scan, the fresh seed every
 * property test uses next to its fixed one (test/support/property-runs.ts), chosen and printed
 * once so a failing run can be repeated with PROPERTY_SEED=<seed>, and the npm-shipped Chromium
 * unpacked once (test/support/chromium-path.ts): workers unpacking it at the same time could
 * start a half-written browser.
 */
const fs = require("node:fs");
const clearLogs = require("./log-scan-setup");

module.exports = async () => {
  await clearLogs();
  if (process.env.CHROMIUM_PATH === "npm" || (!process.env.CHROMIUM_PATH && !fs.existsSync("/usr/bin/chromium")))
    await require("@sparticuz/chromium").executablePath();
  const given = Number.parseInt(process.env.PROPERTY_SEED ?? "", 10);
  const seed = Number.isSafeInteger(given) ? given : Math.floor(Math.random() * 2 ** 31);
  // Workers start after the global setup and inherit the environment.
  process.env.PROPERTY_SEED = String(seed);
  const share = process.env.PROPERTY_RUNS === "quick" ? ", a quarter of their runs (PROPERTY_RUNS=quick)" : "";
  console.log(`\nProperty tests: fixed seed and fresh seed ${seed}${share} (PROPERTY_SEED=${seed} repeats this run)`);
};
