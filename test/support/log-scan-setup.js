/** Jest globalSetup: start the suite with no log lines from an earlier run. */
const fs = require("node:fs");
const path = require("node:path");

module.exports = async () => {
  fs.rmSync(path.resolve(__dirname, "..", "..", "test-results", "logs"), { recursive: true, force: true });
};
