/**
 * The sample client's workbook with an SoA a consultant has been working on, as a seed for the pane's
 * fake host: a risk's treatment now selects two more controls (newly applicable), a control the register
 * requires is excluded (a conflict), one is excluded without a justification, one is still marked for a
 * risk treatment no risk cites (an orphan), and a few have an implementation status.
 */
import type { Lang } from "../../../src/i18n";
import type { FakeValue, SheetSeed, WorkbookSeed } from "../../fakes";
import { sampleWorkbookSeed } from "./sampleSeed";

const words = {
  en: {
    soa: "Statement of Applicability",
    plan: "Risk treatment plan",
    yes: "Yes",
    no: "No",
    riskTreatment: "Risk treatment",
    implemented: "Implemented",
    partial: "Partially implemented",
    planned: "Planned",
    notNeeded: "Not needed for our payment services",
  },
  "zh-CN": {
    soa: "适用性声明",
    plan: "风险处置计划",
    yes: "是",
    no: "否",
    riskTreatment: "风险处置",
    implemented: "已实施",
    partial: "部分实施",
    planned: "计划实施",
    notNeeded: "支付业务不需要",
  },
} as const;

/** The generated sheets' columns (the same in both languages). */
const SOA = { applicable: 4, reasons: 5, justification: 8, status: 9 } as const;
const PLAN_CONTROLS = 6;

/** The seed with `edits` (keyed by the first cell of a row, as typed: "'5.2" is 5.2) made on `sheet`. */
function edited(
  seed: WorkbookSeed,
  sheet: string,
  edits: Readonly<Record<string, Readonly<Record<number, FakeValue | null>>>>,
): WorkbookSeed {
  const sheets = (seed.sheets ?? []).map((s): SheetSeed => {
    if (s.name !== sheet) return s;
    const rows = (s.rows ?? []).map((row) => {
      const edit = edits[String(row[0] ?? "").replace(/^'/, "")];
      if (!edit) return row;
      const next = [...row];
      for (const [column, value] of Object.entries(edit)) {
        while (next.length <= Number(column)) next.push(null);
        next[Number(column)] = value;
      }
      return next;
    });
    return { ...s, rows };
  });
  return { ...seed, sheets };
}

/** The sample workbook in `lang` (as the pane writes it), with the SoA work described above. */
export async function soaWorkbookSeed(lang: Lang): Promise<WorkbookSeed> {
  const w = words[lang];
  const sample = await sampleWorkbookSeed(lang);
  const withPlan = edited(sample, w.plan, { "R-003": { [PLAN_CONTROLS]: "8.5, 5.17" } });
  return edited(withPlan, w.soa, {
    "8.8": { [SOA.applicable]: w.no, [SOA.justification]: w.notNeeded },
    "7.4": { [SOA.applicable]: w.no, [SOA.justification]: null },
    "5.7": { [SOA.applicable]: w.yes, [SOA.reasons]: w.riskTreatment },
    "5.2": { [SOA.status]: w.implemented },
    "8.24": { [SOA.status]: w.partial },
    "8.13": { [SOA.status]: w.planned },
  });
}
