/**
 * npm run bench: compiles bench/*.bench.ts and runs each in its own Node process (so memory figures are
 * its own), printing the figures each one reports. `npm run bench -- risk` runs only files matching "risk".
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";

const filter = process.argv[2] ?? "";
const out = path.resolve(".cache/bench");
rmSync(out, { recursive: true, force: true });
const tsc = spawnSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.bench.json"], {
  stdio: "inherit",
});
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

const benchDir = path.join(out, "bench");
const files = existsSync(benchDir)
  ? readdirSync(benchDir)
      .filter((name) => name.endsWith(".bench.js") && name.includes(filter))
      .sort()
  : [];
let failed = false;
for (const file of files) {
  console.log(`\n## ${file.replace(/\.bench\.js$/, "")}`);
  const run = spawnSync(process.execPath, ["--expose-gc", path.join(benchDir, file)], { stdio: "inherit" });
  if (run.status !== 0) failed = true;
}
if (files.length === 0) console.log("no benchmarks matched");
process.exit(failed ? 1 : 0);
