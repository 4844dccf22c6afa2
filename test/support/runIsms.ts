/** Runs the `isms` command in-process (run(argv, io)) or as a process (lib/cli/main.js), capturing output. */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { run } from "../../src/cli/main";
import { repoRoot } from "./root";

export interface IsmsOutcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** In-process: fast, same code as the built command. Language from `env` (English by default). */
export async function runIsms(
  argv: readonly string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<IsmsOutcome> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: options.cwd ?? repoRoot,
    env: options.env ?? { LANG: "en_US.UTF-8" },
  });
  return { code, stdout, stderr };
}

/** As a process, through the built lib/cli/main.js (what `npm run isms` runs). */
export function spawnIsms(argv: readonly string[], env: Record<string, string> = { LANG: "C" }): IsmsOutcome {
  const result = spawnSync(process.execPath, [path.join(repoRoot, "lib/cli/main.js"), ...argv], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", ...env },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
