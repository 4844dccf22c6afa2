/** Reads the shared reference CSVs and template workbooks the catalog is checked against. */
import { readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../../..");

export const referencePath = (file: string): string => path.join(root, "../shared/reference", file);
export const templatePath = (file: string): string => path.join(root, "../shared/templates", file);

/** RFC 4180 fields of one line (quoted fields may hold commas and doubled quotes). */
function fields(line: string): string[] {
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === "," && !quoted) {
      out.push(field);
      field = "";
    } else field += ch;
  }
  out.push(field);
  return out;
}

/** The rows of a reference CSV as records keyed by its header. */
export function readReferenceCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(referencePath(file), "utf8")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "");
  const keys = fields(header ?? "");
  return lines.map((line) => {
    const values = fields(line);
    return Object.fromEntries(keys.map((key, i) => [key, values[i] ?? ""]));
  });
}
