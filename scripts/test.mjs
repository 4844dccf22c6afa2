/**
 * npm test: build once (the e2e and CLI suites run the built add-in and command), then every jest layer.
 * Extra arguments go to jest, e.g. `npm test -- --selectProjects unit`. SKIP_BUILD=1 reuses dist/ and lib/.
 */
import { spawnSync } from "node:child_process";

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!process.env.SKIP_BUILD) run("npm", ["run", "--silent", "build"]);
run("npx", ["jest", ...process.argv.slice(2)]);
