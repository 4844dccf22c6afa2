/**
 * The methodology a workbook states: read back from the methodology sheet the plan wrote, and as the
 * consultant edited it (criterion, deadline, bands, assessment date), for every method.
 */
import { defaultMethodology, METHOD_IDS, NAMES } from "../../../src/domain/methodology";
import { cellA1, parseRange } from "../../../src/workbook/cells/cellAddress";
import { buildWorkbookPlan } from "../../../src/workbook/layout/buildWorkbookPlan";
import { ASSESSMENT_DATE_NAME } from "../../../src/workbook/method/methodParameters";
import { readMethodSheet } from "../../../src/workbook/method/readMethodSheet";
import type { RawValue, WorkbookSnapshot } from "../../../src/workbook/sheetData";
import { snapshotOf } from "./planToSnapshot";

function written(method: (typeof METHOD_IDS)[number], lang: "zh-CN" | "en" = "zh-CN") {
  const build = buildWorkbookPlan({ lang, standard: "2022", method });
  if (!build.ok) throw new Error("plan");
  return { plan: build.plan, snapshot: snapshotOf(build.plan) };
}

/** The snapshot with one cell of the methodology sheet typed over (absolute A1 on that sheet). */
function edited(
  snapshot: WorkbookSnapshot,
  sheet: string,
  address: string,
  value: RawValue,
): WorkbookSnapshot {
  const area = parseRange(address.replace(/\$/g, ""));
  if (!area) throw new Error(address);
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const values = s.values.map((row) => row.slice());
      const row = values[area.top - s.row] ?? [];
      row[area.left - s.column] = value;
      return { ...s, values };
    }),
  };
}

describe.each(METHOD_IDS)("the methodology sheet of a %s workbook", (method) => {
  it("reads back the method's preset", () => {
    const { snapshot } = written(method);
    const stated = readMethodSheet(snapshot);
    const preset = defaultMethodology(method);
    expect(stated?.methodology).toMatchObject({
      method,
      standard: "2022",
      acceptance: preset.acceptance,
      treatmentDeadlineDays: preset.treatmentDeadlineDays,
      bands: preset.bands,
    });
  });
});

describe("a methodology sheet the consultant edited", () => {
  const { plan, snapshot } = written("li", "en");
  const address = (name: string): string => plan.names.find((n) => n.name === name)?.address ?? "";
  const sheet = plan.names.find((n) => n.name === NAMES.treatmentDays)?.sheet ?? "";

  it("uses the deadline, criterion and assessment date typed there", () => {
    let changed = edited(snapshot, sheet, address(NAMES.treatmentDays), 60);
    changed = edited(changed, sheet, address(NAMES.acceptance), 3);
    changed = edited(changed, sheet, address(ASSESSMENT_DATE_NAME), "2026年3月2日");
    const stated = readMethodSheet(changed);
    expect(stated?.methodology.treatmentDeadlineDays).toBe(60);
    expect(stated?.methodology.acceptance).toEqual({ basis: "level", level: 3 });
    expect(stated?.assessedOn).toBe("2026-03-02");
  });

  it("uses edited bands when they still rise, and the preset's when a cell is not a number", () => {
    const bands = parseRange(address(NAMES.bands).replace(/\$/g, ""));
    if (!bands) throw new Error("no bands");
    const preset = defaultMethodology("li").bands;
    const last = cellA1(bands.bottom, bands.left);
    const raised = edited(snapshot, sheet, last, (preset[preset.length - 1] ?? 0) + 1);
    expect(readMethodSheet(raised)?.methodology.bands).toEqual([
      ...preset.slice(0, -1),
      (preset[preset.length - 1] ?? 0) + 1,
    ]);
    const broken = edited(snapshot, sheet, last, "x");
    expect(readMethodSheet(broken)?.methodology.bands).toEqual(preset);
    const falling = edited(snapshot, sheet, last, 0);
    expect(readMethodSheet(falling)?.methodology.bands).toEqual(preset);
  });

  it("is null for a workbook without a methodology sheet", () => {
    expect(readMethodSheet({ sheets: [], metadata: null })).toBeNull();
  });
});

describe("a methodology whose criterion is a risk value", () => {
  it("reads the value criterion as a value, not a level", () => {
    const methodology = { ...defaultMethodology("li"), acceptance: { basis: "value", value: 9 } } as const;
    const build = buildWorkbookPlan({ lang: "zh-CN", standard: "2022", method: "li", methodology });
    if (!build.ok) throw new Error("plan");
    expect(readMethodSheet(snapshotOf(build.plan))?.methodology.acceptance).toEqual({
      basis: "value",
      value: 9,
    });
  });
});
