/**
 * Onward to risks (the method: the gap analysis feeds the risk assessment): gaps of the gap analysis
 * become rows of the risk register — asset "ISMS" (or the one chosen), the unmet requirement as the
 * threat, the current state as the vulnerability — each linked back from its gap row by the new risk
 * id. The register's blank prepared rows are filled first, then rows are appended with the formulas of
 * the table's last row moved down. A gap already sent (its row names a risk, or the register holds its
 * GAP- id) is never sent again. Pure: from what was read to the plan that writes it.
 */
import type { GapItem } from "../../domain/gap";
import { t } from "../../i18n";
import type { Lang } from "../../i18n/types";
import { cellA1, parseRange, type CellArea } from "../cells/cellAddress";
import { formulaMovedDown } from "../cells/formulaMove";
import {
  formula,
  type CellUpdatePlan,
  type PlanCell,
  type TableAppendPlan,
  type WorkbookPlan,
} from "../plan";
import type { ParsedWorkbook } from "../read/parseWorkbook";
import type { GapRecord } from "../records";
import type { RawValue, SheetData, WorkbookSnapshot } from "../sheetData";

export interface SendGapsOptions {
  readonly lang: Lang;
  /** Requirement ids to send; every gap not yet sent when absent. */
  readonly ids?: readonly string[];
  /** The asset the new risks concern; the ISMS itself when absent. */
  readonly asset?: string;
}

export type SendGapsPlan =
  | {
      readonly ok: true;
      readonly plan: WorkbookPlan;
      /** Requirement id → the risk id it became. */
      readonly sent: readonly { readonly requirementId: string; readonly riskId: string }[];
      /** Requirement ids not sent again (already in the register). */
      readonly skipped: readonly string[];
    }
  | { readonly ok: false; readonly reason: "noGapSheet" | "noRegister" | "noRegisterTable" };

/** The id a gap's risk gets: stable, so a second send finds it. */
export function gapRiskId(requirementId: string): string {
  return `GAP-${requirementId}`;
}

/** A gap the domain found, with the sheet row it came from. */
interface Gap {
  readonly record: GapRecord;
  readonly id: string;
  readonly current: number;
  readonly target: number;
}

/**
 * The domain's prioritised gaps (largest weighted gap first) that `ids` selects, each with its sheet row
 * (the first row of that requirement).
 */
function gapsOf(
  items: readonly GapItem[],
  records: readonly GapRecord[],
  ids: ReadonlySet<string> | null,
): Gap[] {
  const rows = new Map<string, GapRecord>();
  for (const record of records) {
    if (record.requirementId && !rows.has(record.requirementId)) rows.set(record.requirementId, record);
  }
  return items.flatMap((item) => {
    const record = rows.get(item.requirementId);
    if (!record || (ids && !ids.has(item.requirementId))) return [];
    return [{ record, id: item.requirementId, current: item.current, target: item.target }];
  });
}

interface Register {
  readonly sheet: SheetData;
  readonly table: string;
  readonly area: CellArea;
  /** Column key → 0-based sheet column. */
  readonly columns: ReadonlyMap<string, number>;
}

function registerOf(
  snapshot: WorkbookSnapshot,
  parsed: ParsedWorkbook,
): Register | "noRegister" | "noRegisterTable" {
  const found = parsed.sheets.risks;
  const sheet = found && snapshot.sheets.find((s) => s.name === found.name);
  if (!found || !sheet) return "noRegister";
  const table = sheet.tables.find((candidate) => {
    const area = parseRange(candidate.address);
    return area !== null && area.top === found.headerRow - 1;
  });
  const area = table ? parseRange(table.address) : null;
  if (!table || !area) return "noRegisterTable";
  const columns = new Map<string, number>();
  for (const [key, letters] of Object.entries(found.columns)) {
    const at = parseRange(`${letters}1`);
    if (at) columns.set(key, at.left);
  }
  return { sheet, table: table.name, area, columns };
}

const cellAt = (sheet: SheetData, row: number, column: number, formulas = false): RawValue =>
  (formulas ? sheet.formulas : sheet.values)?.[row - sheet.row]?.[column - sheet.column] ?? "";

const isFormulaText = (value: RawValue): value is string =>
  typeof value === "string" && value.startsWith("=");

/** Body rows of the register with nothing typed in them (only formulas, or nothing): rows to fill first. */
function blankRows(register: Register): number[] {
  const rows: number[] = [];
  for (let row = register.area.top + 1; row <= register.area.bottom; row++) {
    let typed = false;
    for (let column = register.area.left; column <= register.area.right && !typed; column++) {
      const formulaText = cellAt(register.sheet, row, column, true);
      typed = !isFormulaText(formulaText) && cellAt(register.sheet, row, column) !== "";
    }
    if (!typed) rows.push(row);
  }
  return rows;
}

/** What a gap's risk says, by register column key. */
function riskValues(gap: Gap, options: SendGapsOptions): Record<string, string> {
  const { lang } = options;
  const title = gap.record.title ?? "";
  const state = gap.record.currentState ?? "";
  return {
    riskId: gapRiskId(gap.id),
    asset: options.asset ?? t(lang, "workbook.gapRisk.asset"),
    threat: t(lang, "workbook.gapRisk.threat", { id: gap.id, title }),
    vulnerability:
      state || t(lang, "workbook.gapRisk.vulnerability", { current: gap.current, target: gap.target }),
    description: t(lang, "workbook.gapRisk.description", {
      id: gap.id,
      title,
      current: gap.current,
      target: gap.target,
    }),
  };
}

/**
 * The plan that sends the gaps to the register, from a read with formulas and the domain's prioritised
 * gap list of that read (src/domain/gap scoreGap: what counts as a gap is decided there, once).
 * @example sendGapsPlan(snapshot, parsed, report.scores.gaps, { lang: "zh-CN" }) // { ok: true, sent: [{ requirementId: "9.2", riskId: "GAP-9.2" }, …] }
 */
export function sendGapsPlan(
  snapshot: WorkbookSnapshot,
  parsed: ParsedWorkbook,
  gaps: readonly GapItem[],
  options: SendGapsOptions,
): SendGapsPlan {
  const gapSheet = parsed.sheets.gap;
  if (!gapSheet) return { ok: false, reason: "noGapSheet" };
  const register = registerOf(snapshot, parsed);
  if (typeof register === "string") return { ok: false, reason: register };
  const existing = new Set(parsed.risks.map((risk) => risk.riskId).filter((id): id is string => Boolean(id)));
  const candidates = gapsOf(gaps, parsed.gap, options.ids ? new Set(options.ids) : null);
  const skipped: string[] = [];
  const fresh = candidates.filter((gap) => {
    const already = Boolean(gap.record.sentToRegister) || existing.has(gapRiskId(gap.id));
    if (already) skipped.push(gap.id);
    return !already;
  });

  const blanks = blankRows(register);
  const width = register.area.right - register.area.left + 1;
  const last = register.area.bottom;
  const updates: CellUpdatePlan[] = [];
  const appended: PlanCell[][] = [];
  const sent: { requirementId: string; riskId: string }[] = [];
  fresh.forEach((gap, index) => {
    const values = riskValues(gap, options);
    const blank = blanks[index];
    const row = blank ?? last + 1 + (index - blanks.length);
    if (blank !== undefined) {
      for (const [key, value] of Object.entries(values)) {
        const column = register.columns.get(key);
        if (column !== undefined)
          updates.push({ sheet: register.sheet.name, address: cellA1(row, column), value });
      }
    } else {
      const byColumn = new Map([...register.columns].map(([key, column]) => [column, key]));
      appended.push(
        Array.from({ length: width }, (_, offset): PlanCell => {
          const column = register.area.left + offset;
          const key = byColumn.get(column);
          if (key && key in values) return values[key] ?? null;
          const above = cellAt(register.sheet, last, column, true);
          const moved = isFormulaText(above) ? formulaMovedDown(above.slice(1), row - last) : undefined;
          return moved === undefined ? null : formula(moved);
        }),
      );
    }
    const riskId = values.riskId ?? gapRiskId(gap.id);
    const linkCell = gap.record.cells["sentToRegister"];
    if (linkCell) {
      updates.push({
        sheet: gapSheet.name,
        address: linkCell,
        value: riskId,
        link: {
          targetSheet: register.sheet.name,
          targetAddress: cellA1(row, register.columns.get("riskId") ?? register.area.left),
        },
      });
    }
    sent.push({ requirementId: gap.id, riskId });
  });
  const appends: TableAppendPlan[] =
    appended.length === 0
      ? []
      : [
          {
            sheet: register.sheet.name,
            table: register.table,
            row: last + 1,
            column: register.area.left,
            rows: appended,
          },
        ];
  // The metadata goes with the plan (rewritten as it is) so the port knows which of the sheets written
  // the product protected, and unprotects them for the writes only.
  const recorded =
    snapshot.metadata && snapshot.metadataInSheet === true
      ? { metadata: snapshot.metadata, metadataInPlace: true }
      : {};
  return { ok: true, plan: { sheets: [], names: [], appends, updates, ...recorded }, sent, skipped };
}
