/**
 * `npm run test:stress`: the test suite three times in a row while two busy-loop processes keep
 * both cores of a two-core machine busy, so that a test that only passes on an idle machine fails
 * here. Pass 1 is the whole `npm test` (type check, lint, build, every test); passes 2 and on run
 * every test again on that build (`jest`), because the static checks give the same answer however
 * busy the machine is, and timing is what the later passes are for. The busy loops are started and
 * stopped by this script; each also stops by itself when this script goes away or after
 * STRESS_MAX_MINUTES (default 120), so none is ever left behind.
 *
 * STRESS_PASSES (default 3) and STRESS_LOOPS (default 2) change the amount.
 */
const { fork, spawn } = require("node:child_process");

const PASSES = positive(process.env.STRESS_PASSES, 3);
const LOOPS = positive(process.env.STRESS_LOOPS, 2);
const MAX_MINUTES = positive(process.env.STRESS_MAX_MINUTES, 120);

if (process.argv[2] === "--busy-loop") busyLoop();
else main();

function positive(value, fallback) {
  const number = Number.parseInt(value ?? "", 10);
  return Number.isSafeInteger(number) && number > 0 ? number : fallback;
}

/** Spins the CPU in 50 ms slices, looking up between them to notice that it should stop. */
function busyLoop() {
  const deadline = Date.now() + MAX_MINUTES * 60_000;
  process.on("disconnect", () => process.exit(0));
  process.on("SIGTERM", () => process.exit(0));
  const spin = () => {
    const until = Date.now() + 50;
    while (Date.now() < until);
    if (Date.now() > deadline) process.exit(0);
    setImmediate(spin);
  };
  spin();
}

/** The first pass is all of `npm test`; later passes rerun the tests on the same build. */
function commandOfPass(pass) {
  return pass === 1 ? ["npm", ["test"]] : ["npx", ["jest"]];
}

function runPass(pass) {
  return new Promise((resolve) => {
    const started = Date.now();
    const [command, args] = commandOfPass(pass);
    const shown = [command, ...args].join(" ");
    process.stdout.write(`\n=== test:stress pass ${pass}/${PASSES}: ${shown} with ${LOOPS} busy loops ===\n`);
    const child = spawn(command, args, { stdio: "inherit" });
    child.on("exit", (code, signal) => {
      const seconds = Math.round((Date.now() - started) / 1000);
      process.stdout.write(
        `=== pass ${pass}: ${code === 0 ? "passed" : `failed (${signal ?? code})`} in ${seconds} s ===\n`,
      );
      resolve(code === 0);
    });
  });
}

async function main() {
  const loops = Array.from({ length: LOOPS }, () => fork(__filename, ["--busy-loop"], { stdio: "ignore" }));
  const stopLoops = () => {
    for (const loop of loops) if (loop.exitCode === null && loop.signalCode === null) loop.kill("SIGTERM");
  };
  process.on("SIGINT", () => {
    stopLoops();
    process.exit(130);
  });
  let passed = 0;
  try {
    for (let pass = 1; pass <= PASSES; pass++) {
      if (!(await runPass(pass))) break;
      passed++;
    }
  } finally {
    stopLoops();
  }
  process.stdout.write(`\ntest:stress: ${passed} of ${PASSES} passes of the test suite passed under load.\n`);
  process.exit(passed === PASSES ? 0 : 1);
}
