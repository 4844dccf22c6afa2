/**
 * External programs some suites need (Chromium, LibreOffice), found on this machine or not.
 * `describeWith` (describeWith.ts) turns a missing one into a failure under CI and a skip elsewhere.
 */
import { existsSync } from "node:fs";
import path from "node:path";

export interface Program {
  readonly path: string | null;
  /** One line for a developer when the program is missing. */
  readonly hint: string;
}

function which(names: readonly string[]): string | null {
  const dirs = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  for (const name of names) {
    if (path.isAbsolute(name) && existsSync(name)) return name;
    for (const dir of dirs) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}

export function chromiumProgram(): Program {
  return {
    path: which(
      [process.env.CHROMIUM_PATH ?? "", "/usr/bin/chromium", "chromium", "chromium-browser"].filter(Boolean),
    ),
    hint: "Chromium not found: install it with `apt-get install chromium` (or set CHROMIUM_PATH).",
  };
}

export function libreOfficeProgram(): Program {
  return {
    path: which(
      [process.env.SOFFICE_PATH ?? "", "/usr/bin/soffice", "soffice", "libreoffice"].filter(Boolean),
    ),
    hint: "LibreOffice not found: formula suites skipped. Install it with `apt-get install libreoffice-calc-nogui` (or set SOFFICE_PATH).",
  };
}
