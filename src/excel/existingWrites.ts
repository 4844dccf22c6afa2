/**
 * Writes into what already exists: ranges of cells refreshed, rows appended to a table (`rows.add`, which grows the table and keeps
 * its calculated columns), in slices sized like every other matrix, and single cells with their link.
 */
import { quotedSheet } from "../workbook/cells/cellAddress";
import type { CellUpdatePlan, RangeWritePlan, TableAppendPlan } from "../workbook/plan";
import { COMMAND_OVERHEAD_BYTES, rowSlices } from "./requestBudget";
import { sheetProxy, smallWrite, type Write } from "./sheetWrites";
import { cellInput } from "./textCells";

export function appendWrites(append: TableAppendPlan, budget: number): Write[] {
  const matrix = append.rows.map((row) => row.map((cell) => cellInput(cell)));
  return rowSlices(matrix, budget - 3 * COMMAND_OVERHEAD_BYTES).map(({ start, end, bytes }) => ({
    bytes: bytes + 3 * COMMAND_OVERHEAD_BYTES,
    queue: (context: Excel.RequestContext) => {
      sheetProxy(context, append.sheet)
        .tables.getItem(append.table)
        .rows.add(undefined, matrix.slice(start, end));
    },
  }));
}

/** A range of an existing sheet set in slices sized like every other matrix (formulas and values alike). */
export function rangeWrites(write: RangeWritePlan, budget: number): Write[] {
  const matrix = write.cells.map((row) => row.map((cell) => cellInput(cell)));
  const width = matrix[0]?.length ?? 0;
  return rowSlices(matrix, budget - 3 * COMMAND_OVERHEAD_BYTES).map(({ start, end, bytes }) => ({
    bytes: bytes + 3 * COMMAND_OVERHEAD_BYTES,
    queue: (context: Excel.RequestContext) => {
      sheetProxy(context, write.sheet).getRangeByIndexes(
        write.row + start,
        write.column,
        end - start,
        width,
      ).formulas = matrix.slice(start, end);
    },
  }));
}

export function updateWrite(update: CellUpdatePlan): Write {
  const input = cellInput(update.value);
  return smallWrite(
    update,
    (context) => {
      const range = sheetProxy(context, update.sheet).getRange(update.address);
      range.formulas = [[input]];
      if (update.link) {
        range.hyperlink = {
          documentReference: `${quotedSheet(update.link.targetSheet)}!${update.link.targetAddress}`,
          textToDisplay: String(input),
        };
      }
    },
    update.link ? 5 : 4,
  );
}
