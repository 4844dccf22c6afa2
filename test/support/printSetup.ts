/**
 * A sheet's print setup in one normal form, read from a saved file's XML (`<pageSetup>`, `<pageSetUpPr>`,
 * `<headerFooter>` and the sheet's `_xlnm.Print_Titles` name) or from the fake host's page layout, so the
 * tests can assert on it and the parity test can compare both ports.
 */
import { rangeA1 } from "../../src/workbook/cells/cellAddress";
import type { SheetPlan } from "../../src/workbook/plan";
import { unescapeXml } from "./xmlText";
import JSZip from "jszip";
import type { FakeSheet } from "../fakes";

export interface PrintSetup {
  readonly orientation: string;
  readonly paper: string;
  /** Fit to pages wide / tall (0: automatic); null when the sheet prints at a scale. */
  readonly fitToWidth: number | null;
  readonly fitToHeight: number | null;
  /** Whole rows, "1:1"; null without print titles. */
  readonly titleRows: string | null;
  /** The print area, "A1:Q63"; null without one. */
  readonly area: string | null;
  /** Header and footer in the file's form: "&L…&C…&R…" (sections left out when empty). */
  readonly header: string;
  readonly footer: string;
}

/** The file format's paper numbers, by the names Office.js uses. */
const PAPERS: Readonly<Record<string, string>> = { "1": "Letter", "5": "Legal", "8": "A3", "9": "A4" };

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** The sheet's print title rows from a Print_Titles formula such as `'风险评估表'!$1:$1`. */
function titleRowsOf(formula: string | undefined): string | null {
  const rows = formula ? /\$?(\d+):\$?(\d+)/.exec(formula.slice(formula.lastIndexOf("!") + 1)) : null;
  return rows ? `${rows[1]}:${rows[2]}` : null;
}

/** The print area from a Print_Area formula such as `'风险评估表'!$A$1:$Q$63`, without "$". */
function areaOf(formula: string | undefined): string | null {
  return formula ? formula.slice(formula.lastIndexOf("!") + 1).replace(/\$/g, "") : null;
}

/** Sheet name → its print setup, from the saved file's XML parts. */
export async function filePrintSetups(bytes: Buffer): Promise<Map<string, PrintSetup>> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (part: string): Promise<string> => (await zip.file(part)?.async("string")) ?? "";
  const workbook = await read("xl/workbook.xml");
  const rels = await read("xl/_rels/workbook.xml.rels");
  const targets = new Map(
    [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [
      attribute(m[0], "Id"),
      attribute(m[0], "Target"),
    ]),
  );
  const sheetNames = (name: string) =>
    new Map(
      [...workbook.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)]
        .filter((m) => attribute(m[0], "name") === name)
        .map((m) => [Number(attribute(m[0], "localSheetId")), unescapeXml(m[2] ?? "")]),
    );
  const titles = sheetNames("_xlnm.Print_Titles");
  const areas = sheetNames("_xlnm.Print_Area");
  const result = new Map<string, PrintSetup>();
  let index = 0;
  for (const match of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = unescapeXml(attribute(match[0], "name") ?? "");
    const target = targets.get(attribute(match[0], "r:id"))?.replace(/^\/?(xl\/)?/, "") ?? "";
    const xml = await read(`xl/${target}`);
    const setup = /<pageSetup\b[^>]*>/.exec(xml)?.[0] ?? "";
    const fits = /<pageSetUpPr\b[^>]*\bfitToPage="(1|true)"/.test(xml);
    const number = (value: string | undefined, absent: number) =>
      value === undefined ? absent : Number(value);
    const text = (tag: string) =>
      unescapeXml(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml)?.[1] ?? "");
    result.set(name, {
      orientation: attribute(setup, "orientation") ?? "portrait",
      paper: PAPERS[attribute(setup, "paperSize") ?? "1"] ?? `paper ${attribute(setup, "paperSize")}`,
      fitToWidth: fits ? number(attribute(setup, "fitToWidth"), 1) : null,
      fitToHeight: fits ? number(attribute(setup, "fitToHeight"), 1) : null,
      titleRows: titleRowsOf(titles.get(index)),
      area: areaOf(areas.get(index)),
      header: text("oddHeader"),
      footer: text("oddFooter"),
    });
    index++;
  }
  return result;
}

/** The fake sheet's page layout in the same form. */
export function fakePrintSetup(sheet: FakeSheet): PrintSetup {
  const layout = sheet.pageLayout;
  const { scale, horizontalFitToPages, verticalFitToPages } = layout.zoom;
  const fits = scale === undefined;
  const parts = layout.headersFooters;
  const line = (left: string, center: string, right: string) =>
    [
      ["&L", left],
      ["&C", center],
      ["&R", right],
    ]
      .filter(([, part]) => part !== "")
      .map(([code, part]) => `${code}${part}`)
      .join("");
  return {
    orientation: layout.orientation.toLowerCase(),
    paper: layout.paperSize,
    fitToWidth: fits ? (horizontalFitToPages ?? 1) : null,
    fitToHeight: fits ? (verticalFitToPages ?? 1) : null,
    titleRows: layout.printTitleRows,
    area: layout.printArea,
    header: line(parts.leftHeader, parts.centerHeader, parts.rightHeader),
    footer: line(parts.leftFooter, parts.centerFooter, parts.rightFooter),
  };
}

/** The print area a plan's sheet should have: the register's table alone (the heat map beside it stays on screen). */
export function registerArea(sheet: SheetPlan): string | null {
  const table = sheet.tables[0];
  if (sheet.key !== "risks" || !table) return null;
  const bottom = table.row + table.rows.length;
  return rangeA1({
    top: table.row,
    left: table.column,
    bottom,
    right: table.column + table.columns.length - 1,
  });
}

const FOOTERS = {
  "zh-CN": "&C版本 1.0 · 第 &P 页 / 共 &N 页",
  en: "&CVersion 1.0 · page &P of &N",
} as const;

/** The SoA and its change list keep their version on the sheet: their footer gives the page only. */
const PAGE_FOOTERS = { "zh-CN": "&C第 &P 页 / 共 &N 页", en: "&CPage &P of &N" } as const;

/**
 * The register, the plan, the SoA, the registers management approves, the audit records and the review input
 * are signed off: the sign-off line is on the left of every page's foot.
 */
const SIGN_OFF = {
  "zh-CN": "&L编制：________   审核：________   批准：________",
  en: "&LPrepared by: ________   Reviewed by: ________   Approved by: ________",
} as const;
const SIGNED: readonly string[] = [
  "risks",
  "treatments",
  "soa",
  "scope",
  "roles",
  "objectives",
  "documents",
  "records",
  "laws",
  "auditProgramme",
  "auditChecklist",
  "nonconformities",
  "review",
];

/** The footer every printed sheet of a new workbook carries, as Excel codes. */
export const footerOf = (key: string, lang: keyof typeof FOOTERS) =>
  (SIGNED.includes(key) ? SIGN_OFF[lang] : "") +
  (key === "soa" || key === "soaChanges" ? PAGE_FOOTERS[lang] : FOOTERS[lang]);
