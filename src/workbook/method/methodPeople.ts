/**
 * The responsible persons (人员名单) on the methodology sheet: the one list every owner, assessor and
 * approver column offers. A person fills it in, one name per row; the workbook name ISMS_People covers
 * the whole input area, and lists draw only its filled rows (see peopleListSource), so the drop-down
 * shows no blanks. A name written twice turns red.
 */
import type { Translate } from "../../i18n";
import { cellA1, columnRange } from "../cells/cellAddress";
import type { ConditionalFormatPlan, PlanCell } from "../plan";
import { HEADER_STYLE, TITLE_STYLE, type Section } from "./methodBlocks";

/** Workbook name of the people list's name column (blank rows included: it is an input area). */
export const PEOPLE_NAME = "ISMS_People";

/** Rows left free below the names written, so a person can add names without inserting rows. */
const FREE_ROWS = 10;
/** The smallest input area, for a workbook that starts without names. */
const MIN_ROWS = 30;

/** Rows of the input area for `count` names. */
export function peopleRows(count: number): number {
  return Math.max(MIN_ROWS, count + FREE_ROWS);
}

/** The colours of a repeated name, as spreadsheets show a bad value. */
const DUPLICATE = { fill: "#FFC7CE", fontColor: "#9C0006" } as const;

/**
 * The validation source that offers the filled rows of the list only: ISMS_People cut to its count of
 * names (OFFSET and COUNTA exist in Excel 2016, WPS and LibreOffice alike).
 * @example peopleListSource() // "=OFFSET(ISMS_People,0,0,MAX(1,COUNTA(ISMS_People)),1)"
 */
export function peopleListSource(): string {
  return `=OFFSET(${PEOPLE_NAME},0,0,MAX(1,COUNTA(${PEOPLE_NAME})),1)`;
}

/**
 * The people block starting at `row` (0-based): title, two lines on how to fill it in, a header
 * (name, department, role), then the input area with `people` written first.
 * @example peopleSection(["张伟", "李娜"], 60, "方法", translator("zh-CN")).names[0]?.address // "$A$64:$A$93"
 */
export function peopleSection(people: readonly string[], row: number, sheet: string, tr: Translate): Section {
  const words = (key: "title" | "intro" | "use") => tr(`functions.methodSheet.people.${key}`);
  const h = (key: "name" | "department" | "role") => tr(`functions.methodSheet.people.headers.${key}`);
  const first = row + 4;
  const count = peopleRows(people.length);
  const last = first + count - 1;
  const body: PlanCell[][] = Array.from({ length: count }, (_, k) => [people[k] ?? null]);
  const duplicate: ConditionalFormatPlan = {
    kind: "expression",
    range: columnRange(0, first, last),
    formula: `=AND(${cellA1(first, 0)}<>"",COUNTIF(${columnRange(0, first, last, true)},${cellA1(first, 0)})>1)`,
    ...DUPLICATE,
  };
  return {
    blocks: [
      { row, column: 0, cells: [[words("title")]], style: TITLE_STYLE },
      { row: row + 1, column: 0, cells: [[words("intro")]] },
      { row: row + 2, column: 0, cells: [[words("use")]] },
      { row: row + 3, column: 0, cells: [[h("name"), h("department"), h("role")]], style: HEADER_STYLE },
      { row: first, column: 0, cells: body },
    ],
    names: [{ name: PEOPLE_NAME, sheet, address: columnRange(0, first, last, true) }],
    conditionalFormats: [duplicate],
    height: count + 4,
  };
}
