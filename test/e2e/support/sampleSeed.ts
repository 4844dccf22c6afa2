/**
 * The sample client's ISMS workbook (with its planted mistakes) as a seed for the pane's fake host: written
 * in Node by the same operation the pane's "Add sample data" runs, through the Office.js port over the
 * strict fake, then taken as plain data (sheets, cells with their formulas, tables) to seed the browser's.
 */
import { OfficeWorkbookPort } from "../../../src/excel";
import type { Lang } from "../../../src/i18n";
import { createWorkbook } from "../../../src/operations/createWorkbook";
import {
  FakeExcel,
  fakeExcelRun,
  type FakeValue,
  type FakeWorkbookState,
  type SheetSeed,
  type WorkbookSeed,
} from "../../fakes";
import { formatRect, parseRect } from "../../fakes/fakeAddress";
import { enterInput } from "../../fakes/fakeInput";
import { emptyCell } from "../../fakes/fakeState";

/** Text as a seed enters it: with an apostrophe where Excel would otherwise read it as a formula or a number. */
function asTyped(value: FakeValue): FakeValue {
  if (typeof value !== "string") return value;
  const typed = emptyCell();
  enterInput(typed, value);
  return typed.formula === null && typed.value === value ? value : `'${value}`;
}

/** A fake workbook's sheets as seed rows: each cell's formula where it has one, else its value. */
export function seedOf(state: FakeWorkbookState): WorkbookSeed {
  const sheets = state.sheets.map((sheet): SheetSeed => {
    const rows: (FakeValue | null)[][] = [];
    for (const [address, cell] of Object.entries(sheet.cells)) {
      const place = parseRect(address);
      const content = cell.formula ?? asTyped(cell.value);
      if (!place || content === "") continue;
      const row = (rows[place.row] ??= []);
      row[place.column] = content;
    }
    const dense = Array.from(rows, (row) => Array.from(row ?? [], (value) => value ?? null));
    return {
      name: sheet.name,
      rows: dense,
      tables: sheet.tables.map((table) => ({ name: table.name, address: formatRect(table.rect) })),
      visibility: sheet.visibility,
    };
  });
  return { sheets };
}

/** The sample workbook in `lang` (method li, ISO/IEC 27001:2022), as the pane would have written it. */
export async function sampleWorkbookSeed(lang: Lang): Promise<WorkbookSeed> {
  const host = new FakeExcel({});
  const port = new OfficeWorkbookPort(fakeExcelRun(host), {
    wait: async () => undefined,
    isSetSupported: (name, version) => host.isSetSupported(name, version),
  });
  const created = await createWorkbook(port, { lang, standard: "2022", method: "li", sample: true });
  if (created.status !== "created") throw new Error("the sample workbook was not created");
  return seedOf(host.state);
}
