/** Test support: a WorkbookPort over an in-memory snapshot; applying a plan lays its sheets in. */
import type { WorkbookPlan } from "../../../src/workbook/plan";
import type { ApplyResult, WorkbookOutline, WorkbookPort } from "../../../src/workbook/port";
import type { WorkbookSnapshot } from "../../../src/workbook/sheetData";
import { sheetDataOf } from "../workbook/planToSnapshot";

export class MemoryPort implements WorkbookPort {
  readonly applied: WorkbookPlan[] = [];
  /** Reads of cells (outline() reads none). */
  reads = 0;
  constructor(public snapshot: WorkbookSnapshot = { sheets: [], metadata: null }) {}

  async outline(): Promise<WorkbookOutline> {
    return {
      sheets: this.snapshot.sheets.map((sheet) => ({
        name: sheet.name,
        tables: sheet.tables.map((table) => table.name),
      })),
    };
  }

  async read(): Promise<WorkbookSnapshot> {
    this.reads++;
    return this.snapshot;
  }

  async apply(plan: WorkbookPlan): Promise<ApplyResult> {
    this.applied.push(plan);
    const written = plan.sheets.map((sheet) => sheetDataOf(sheet));
    const kept = this.snapshot.sheets.filter((s) => !written.some((w) => w.name === s.name));
    this.snapshot = { sheets: [...kept, ...written], metadata: plan.metadata ?? this.snapshot.metadata };
    return {
      sheets: written.map((s) => s.name),
      cells: written.reduce((n, s) => n + s.values.length * (s.values[0]?.length ?? 0), 0),
    };
  }
}
