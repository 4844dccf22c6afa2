/** The repository root, found from any compiled location (jest runs sources; the bench runs compiled copies). */
import { existsSync } from "node:fs";
import path from "node:path";

function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, "manifest.xml")) || !existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no repository root above ${start}`);
    dir = parent;
  }
  return dir;
}

export const repoRoot = findRoot(__dirname);
