/** Synthetic plans for the Office.js port tests and benchmark: a risk sheet of any size with every plan feature. */
import {
  formula,
  type IsmsMetadata,
  type PlanCell,
  type SheetPlan,
  type WorkbookPlan,
} from "../../src/workbook/plan";

export const RISK_SHEET = "Risks";
export const RISK_TABLE = "ISMS_Risks";

export interface RiskPlanOptions {
  readonly rows: number;
  /** Columns of the table (at least 4). */
  readonly columns?: number;
  readonly mode?: "create" | "update";
  readonly sheet?: string;
  /** Text for the description column of every row (defaults to a generated sentence). */
  readonly description?: (row: number) => PlanCell;
}

function columnKeys(count: number): string[] {
  const fixed = ["riskId", "likelihood", "impact", "value"];
  return [...fixed, ...Array.from({ length: Math.max(0, count - fixed.length) }, (_, i) => `note${i + 1}`)];
}

/** Row r of the risk table: id, two ratings, a formula, then text columns. */
function riskRow(r: number, keys: readonly string[], options: RiskPlanOptions): PlanCell[] {
  const excelRow = r + 3;
  const description =
    options.description?.(r) ?? `Threat ${r} exploits weak access control on asset ${r % 97}`;
  return keys.map((key, c) => {
    if (key === "riskId") return `R-${String(r + 1).padStart(5, "0")}`;
    if (key === "likelihood") return (r % 5) + 1;
    if (key === "impact") return ((r * 3) % 5) + 1;
    if (key === "value") return formula(`=B${excelRow}*C${excelRow}`);
    return c === 4 ? description : `note ${c} for risk ${r + 1}`;
  });
}

export function riskSheetPlan(options: RiskPlanOptions): SheetPlan {
  const keys = columnKeys(options.columns ?? 8);
  const name = options.sheet ?? RISK_SHEET;
  const lastRow = options.rows + 2;
  return {
    key: "risks",
    name,
    mode: options.mode ?? "create",
    blocks: [{ row: 0, column: 0, cells: [["Risk register"]], style: { bold: true, fill: "#DDEBF7" } }],
    tables: [
      {
        name: RISK_TABLE,
        row: 1,
        column: 0,
        columns: keys.map((key, c) => ({
          key,
          header: key === "riskId" ? "Risk ID" : key,
          ...(key === "value" ? { numberFormat: "0", width: 10 } : {}),
          ...(c === 4 ? { wrap: true, width: 40 } : {}),
        })),
        rows: Array.from({ length: options.rows }, (_, r) => riskRow(r, keys, options)),
      },
    ],
    validations: [
      { range: `B3:C${lastRow}`, source: ["1", "2", "3", "4", "5"], allowBlank: true, errorMessage: "1–5" },
    ],
    conditionalFormats: [
      {
        kind: "cellValue",
        range: `D3:D${lastRow}`,
        operator: "greaterThanOrEqual",
        formula1: "=15",
        fill: "#FF0000",
      },
      {
        kind: "expression",
        range: `A3:A${lastRow}`,
        formula: '=$D3=""',
        fill: "#FFFF00",
        fontColor: "#000000",
      },
    ],
    hyperlinks: [{ address: "H1", targetSheet: name, targetAddress: "A2", text: "Top" }],
    freeze: { rows: 2, columns: 1 },
    columnWidths: [{ column: 0, width: 12 }],
    tabColor: "#C00000",
  };
}

export function metadataFor(sheet: SheetPlan): IsmsMetadata {
  const table = sheet.tables[0];
  return {
    version: 1,
    lang: "en",
    standard: "2022",
    sheets: [
      {
        key: sheet.key,
        name: sheet.name,
        table: table?.name ?? "",
        columns: table?.columns.map((c) => c.key) ?? [],
      },
    ],
  };
}

/** A whole-workbook plan around one risk sheet: names, metadata, activation. */
export function riskWorkbookPlan(options: RiskPlanOptions): WorkbookPlan {
  const sheet = riskSheetPlan(options);
  return {
    sheets: [sheet],
    names: [{ name: "ISMS_RiskIds", sheet: sheet.name, address: `$A$3:$A$${options.rows + 2}` }],
    metadata: metadataFor(sheet),
    activate: sheet.name,
  };
}
