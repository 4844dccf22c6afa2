/**
 * How a table reads in applications that neither draw Excel's table styles nor fit rows to their text
 * (LibreOffice, WPS): the header styled on its own cells, each column wide enough for its header's longest
 * word, the header row tall enough for its wrapped lines, and an estimated height for body rows whose
 * wrapped text needs more than one line. Widths are in characters of the default font, as column widths
 * are; a CJK (or other full-width) character takes two.
 */
import type { CellStyle, PlanCell, RowHeightPlan, TablePlan } from "../plan";
import { isFormula } from "../plan";

/** Header cells: white bold text on dark blue, wrapped and centred, each cell outlined. */
export const HEADER_STYLE: CellStyle = {
  bold: true,
  fill: "#1F4E79",
  fontColor: "#FFFFFF",
  wrap: true,
  border: { weight: "thin", color: "#808080" },
  verticalAlignment: "center",
  horizontalAlignment: "center",
};

/** Characters a header cell loses to its filter button and padding. */
export const HEADER_PADDING = 3;
/** Characters a body cell loses to its padding. */
const CELL_PADDING = 1;
/** A header may wrap onto this many lines before its column is widened. */
export const MAX_HEADER_LINES = 3;
/** Columns are never widened past this for their header. */
export const MAX_COLUMN_WIDTH = 40;
/**
 * The share of a line's width text fills: glyphs run a little wider than the digits widths are measured
 * in (a CJK character is about 2.1 digits in Excel's fonts), so a line holds a little less than its width.
 */
const LINE_FILL = 0.95;
/** Points a line of 11 pt text takes: Latin fonts, and the CJK fonts both applications fall back on. */
const LINE_POINTS = 15;
const WIDE_LINE_POINTS = 16;
/** Points above and below a header's lines. */
const HEADER_ROW_PADDING = 4;

/**
 * East Asian wide and full-width code points (Hangul, CJK, kana, full-width forms), and the quotation
 * marks, dashes and ellipsis Chinese text uses, which CJK fonts draw full width.
 */
function isWide(code: number): boolean {
  return (
    (code >= 0x2014 && code <= 0x201f) ||
    code === 0x2026 ||
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}

function charWidth(char: string): number {
  return isWide(char.codePointAt(0) ?? 0) ? 2 : 1;
}

/**
 * The width of a text in characters, a CJK character counting two.
 * @example textWidth("风险 ID") // 7
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** What a line may break between: a word of narrow characters, or one wide character. */
interface Unit {
  readonly text: string;
  readonly width: number;
  /** A space stands before it (taken only when the unit does not start a line). */
  readonly spaced: boolean;
}

function units(paragraph: string): Unit[] {
  const found: Unit[] = [];
  let word = "";
  let spaced = false;
  const flush = () => {
    if (word !== "") found.push({ text: word, width: textWidth(word), spaced });
    word = "";
    spaced = false;
  };
  for (const char of paragraph) {
    if (char === " ") {
      flush();
      spaced = true;
    } else if (charWidth(char) === 2) {
      flush();
      found.push({ text: char, width: 2, spaced: false });
    } else word += char;
  }
  flush();
  return found;
}

/**
 * The lines a text wraps onto in `width` characters: at spaces and between CJK characters, a word longer
 * than a line broken where it runs out, as Excel and LibreOffice wrap. An empty text takes one line.
 * @example wrappedLines("Residual vulnerability rating", 13) // 3
 * @example wrappedLines("残余脆弱性赋值", 9) // 2
 */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, width * LINE_FILL);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    lines++;
    let used = 0;
    for (const unit of units(paragraph)) {
      const gap = used > 0 && unit.spaced ? 1 : 0;
      if (used + gap + unit.width <= room) {
        used += gap + unit.width;
      } else if (unit.width <= room) {
        lines++;
        used = unit.width;
      } else {
        for (const char of unit.text) {
          const w = charWidth(char);
          if (used + w > room && used > 0) {
            lines++;
            used = 0;
          }
          used += w;
        }
      }
    }
  }
  return lines;
}

/**
 * The widest word (or CJK character) of a text: the narrowest column that shows it without cutting a word.
 * @example longestWord("Residual vulnerability rating") // 13
 */
export function longestWord(text: string): number {
  return text
    .split(/\r?\n/)
    .flatMap(units)
    .reduce((max, unit) => Math.max(max, unit.width), 0);
}

/** Whether the header's last line would hold its last CJK character alone (处置后威胁赋 / 值). */
function orphaned(header: string, room: number): boolean {
  const last = header.charCodeAt(header.length - 1);
  return isWide(last) && wrappedLines(header, room) > wrappedLines(header.slice(0, -1), room);
}

/**
 * A column's width for its header: at least `width`, wide enough for the header's longest word and for the
 * header to fit in MAX_HEADER_LINES lines, with no CJK character alone on its last line, never widened past
 * MAX_COLUMN_WIDTH.
 * @example headerWidth("Residual vulnerability rating", 10) // 17
 * @example headerWidth("残余风险等级", 12) // 12
 */
export function headerWidth(header: string, width: number): number {
  const cap = Math.max(width, MAX_COLUMN_WIDTH);
  const word = Math.ceil(longestWord(header) / LINE_FILL) + HEADER_PADDING;
  let fitted = Math.max(width, Math.min(cap, word));
  while (fitted < cap && wrappedLines(header, fitted - HEADER_PADDING) > MAX_HEADER_LINES) fitted++;
  while (fitted < cap && orphaned(header, fitted - HEADER_PADDING)) fitted++;
  return fitted;
}

function linePoints(text: string): number {
  return textWidth(text) > [...text].length ? WIDE_LINE_POINTS : LINE_POINTS;
}

/**
 * The height in points of a header row: its most wrapped header's lines.
 * @example headerRowHeight([{ header: "Residual vulnerability rating", width: 17 }]) // 49 (three lines)
 */
export function headerRowHeight(
  columns: readonly { readonly header: string; readonly width?: number }[],
): number {
  const tallest = columns.reduce((max, column) => {
    const lines = wrappedLines(column.header, (column.width ?? 10) - HEADER_PADDING);
    return Math.max(max, lines * linePoints(column.header));
  }, LINE_POINTS);
  return tallest + HEADER_ROW_PADDING;
}

/**
 * The table with its header styled and each column widened to show its whole header.
 * @example styledTable({ ...table, columns: [{ key: "v", header: "Residual vulnerability rating", width: 10 }] }).columns[0]?.width // 17
 */
export function styledTable(table: TablePlan): TablePlan {
  return {
    ...table,
    headerStyle: HEADER_STYLE,
    columns: table.columns.map((column) => ({
      ...column,
      width: headerWidth(column.header, column.width ?? 10),
    })),
  };
}

/** A plan cell as the text it shows; a formula shows nothing we know of. */
function shownText(cell: PlanCell | undefined): string {
  if (cell === null || cell === undefined || isFormula(cell)) return "";
  return String(cell);
}

/** Tables longer than this get no body-row estimates. */
const BODY_ESTIMATE_ROWS = 2_000;

/** Text shown by each body cell: the table's own cells, unless the caller knows better (a formula's result). */
export type ShownText = (row: number, column: number) => string;

/**
 * The rows of a table that need a height: the header row (set), and each body row whose wrapped text needs
 * more than one line (an estimate, left to Excel to fit).
 * @example tableRowHeights({ ...table, row: 2, columns: [{ key: "id", header: "Risk ID", width: 12 }], rows: [] }) // [{ row: 2, height: 19 }]
 */
export function tableRowHeights(
  table: TablePlan,
  shown: ShownText = (row, column) => shownText(table.rows[row]?.[column]),
): RowHeightPlan[] {
  const header = { row: table.row, height: headerRowHeight(table.columns) };
  // Body estimates help LibreOffice show a consultant's register; a register of thousands of rows (a scale
  // test, a large import) gets the header alone rather than thousands of row records in the file.
  if (table.rows.length > BODY_ESTIMATE_ROWS) return [header];
  const wrapped = table.columns.flatMap((column, index) => (column.wrap ? [{ column, index }] : []));
  const body = table.rows.flatMap((_, r): RowHeightPlan[] => {
    const points = wrapped.reduce((max, { column, index }) => {
      const text = shown(r, index);
      if (text === "") return max;
      const lines = wrappedLines(text, (column.width ?? 10) - CELL_PADDING);
      return lines > 1 ? Math.max(max, lines * linePoints(text)) : max;
    }, 0);
    return points > 0 ? [{ row: table.row + 1 + r, height: points, estimate: true }] : [];
  });
  return [header, ...body];
}
