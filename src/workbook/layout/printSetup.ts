/**
 * How every ISMS sheet prints: A4 landscape, scaled to one page wide (as many pages tall as it takes),
 * the table's header row repeated on each page, the sheet's name and its document number in the page
 * header, the version and "page x of y" in the footer, and on the documents that are signed off (the risk
 * register, the treatment plan, the SoA, the audit records and the management review input) a prepared /
 * reviewed / approved line at the foot of every page.
 * Also the page codes both ports write: Excel's header/footer codes, the same in a file and in the open
 * workbook.
 */
import { t } from "../../i18n";
import type { Lang } from "../../i18n/types";
import type { HeaderFooterPlan, PrintPlan, SheetKey } from "../plan";

/** The version a new workbook's documents start at. */
export const DOCUMENT_VERSION = "1.0";

/** The part of each sheet's document number that names the document. */
const DOCUMENT_CODES: Readonly<Record<SheetKey, string>> = {
  method: "MET",
  assets: "AST",
  threats: "THR",
  vulnerabilities: "VUL",
  risks: "RA",
  treatments: "RTP",
  soa: "SOA",
  gap: "GAP",
  soaChanges: "SOC",
  guide: "GDE",
  revisions: "REV",
  documents: "DOC",
  records: "REC",
  scope: "SCP",
  roles: "ROL",
  objectives: "OBJ",
  laws: "LAW",
  auditProgramme: "IAP",
  auditChecklist: "IAC",
  nonconformities: "NCR",
  review: "MRI",
};

/**
 * The document number printed on a sheet.
 * @example documentNumber("risks") // "ISMS-RA-01"
 */
export function documentNumber(key: SheetKey): string {
  return `ISMS-${DOCUMENT_CODES[key]}-01`;
}

/** Documents whose version lives on the sheet (the SoA's document-control row), not in the footer. */
const OWN_VERSION: ReadonlySet<SheetKey> = new Set<SheetKey>(["soa", "soaChanges"]);

/** The footer: the document version and page x of y; page x of y alone where the sheet keeps its version. */
function footerText(key: SheetKey, lang: Lang): string {
  return OWN_VERSION.has(key)
    ? t(lang, "workbook.print.pages")
    : t(lang, "workbook.print.footer", { version: DOCUMENT_VERSION });
}

/**
 * Documents a person signs off (编制 / 审核 / 批准): the sign-off line is on every printed page. Besides the
 * risk work: the scope, roles, objectives, laws and the document and record lists, which management
 * approves (the document list goes out with the release order, 发布令), and the internal audit's
 * programme, checklist and nonconformity log and the management review input pack, signed records of the
 * audit and the review.
 */
const SIGNED_OFF: ReadonlySet<SheetKey> = new Set<SheetKey>([
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
]);

/**
 * The print setup of a sheet whose table header sits on 0-based row `headerRow`.
 * @example printPlan("treatments", 0, "en").footer?.center // "Version 1.0 · page {page} of {pages}"
 * @example printPlan("risks", 0, "zh-CN").footer?.left // "编制：________   审核：________   批准：________"
 */
export function printPlan(key: SheetKey, headerRow: number, lang: Lang): PrintPlan {
  const signOff = SIGNED_OFF.has(key) ? { left: t(lang, "layout.signOff") } : {};
  return {
    orientation: "landscape",
    paper: "A4",
    fitToPagesWide: 1,
    titleRows: { first: headerRow, last: headerRow },
    header: { left: "{sheet}", right: documentNumber(key) },
    footer: { ...signOff, center: footerText(key, lang) },
  };
}

/**
 * How a report sheet prints (the validation findings): set up as the treatment plan it is about, but not a
 * numbered or signed document, so the page header names the sheet only and the footer gives version and page.
 * @example reportPrintPlan("en").footer // { center: "Version 1.0 · page {page} of {pages}" }
 */
export function reportPrintPlan(lang: Lang): PrintPlan {
  return {
    ...printPlan("treatments", 0, lang),
    header: { left: "{sheet}" },
    footer: { center: footerText("treatments", lang) },
  };
}

const TOKEN_CODES: Readonly<Record<string, string>> = { page: "&P", pages: "&N", sheet: "&A" };

/**
 * One header or footer part in Excel's codes: a literal `&` doubled, `{page}` → `&P`, `{pages}` → `&N`,
 * `{sheet}` → `&A`; any other brace text stays as it is.
 * @example headerFooterCode("R&D · page {page} of {pages}") // "R&&D · page &P of &N"
 */
export function headerFooterCode(text: string): string {
  return text
    .replace(/&/g, "&&")
    .replace(/\{(page|pages|sheet)\}/g, (_, token: string) => TOKEN_CODES[token] ?? "");
}

/**
 * A whole header or footer as the file format stores it: each part behind its section code.
 * @example headerFooterLine({ left: "{sheet}", right: "ISMS-RA-01" }) // "&L&A&RISMS-RA-01"
 */
export function headerFooterLine(parts: HeaderFooterPlan | undefined): string {
  if (!parts) return "";
  const sections: [string, string | undefined][] = [
    ["&L", parts.left],
    ["&C", parts.center],
    ["&R", parts.right],
  ];
  return sections
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== "")
    .map(([code, text]) => `${code}${headerFooterCode(text)}`)
    .join("");
}

/**
 * Print title rows as an A1 row range, e.g. `$1:$1` for the first row.
 * @example titleRowsA1({ first: 3, last: 3 }) // "$4:$4"
 */
export function titleRowsA1(rows: { readonly first: number; readonly last: number }): string {
  return `$${rows.first + 1}:$${rows.last + 1}`;
}
