/** Reads the GB/T 20984-2007 Appendix A matrices from the shared reference CSV (the test's oracle). */
import { readFileSync } from "node:fs";
import path from "node:path";

export interface GbtCell {
  readonly value: number;
  readonly level: number;
}

export type GbtTable = ReadonlyMap<string, GbtCell>;

const repoRoot = path.resolve(__dirname, "../../..");
const file = path.resolve(repoRoot, "../shared/reference/gbt20984-2007-matrices.csv");

function load(): Record<"likelihood" | "loss" | "risk", Map<string, GbtCell>> {
  const tables = { likelihood: new Map(), loss: new Map(), risk: new Map() };
  const lines = readFileSync(file, "utf8").trim().split(/\r?\n/).slice(1);
  for (const line of lines) {
    const [matrix, , row, , column, value, level] = line.split(",");
    const table = tables[matrix as keyof typeof tables];
    table.set(`${row},${column}`, { value: Number(value), level: Number(level) });
  }
  return tables;
}

export const gbtReference = load();

export function gbtCell(table: GbtTable, row: number, column: number): GbtCell {
  const cell = table.get(`${row},${column}`);
  if (!cell) throw new Error(`reference has no cell ${row},${column}`);
  return cell;
}
