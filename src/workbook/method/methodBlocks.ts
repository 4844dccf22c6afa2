/**
 * The reference blocks of the methodology sheet below the parameter table: rating scales, level bands
 * and the GB/T 20984 matrices. Each block is a title row, a header row and data, and names the cells
 * formulas read (scale values, band lower bounds, level labels, matrix bodies).
 */
import { NAMES, SCALE_NAMES } from "../../domain/methodology/namedRanges";
import type { Bands, Matrix, Methodology, ScaleKey } from "../../domain/methodology/types";
import type { Lang, Translate } from "../../i18n";
import { absoluteA1, columnRange } from "../cells/cellAddress";
import type { CellBlock, CellStyle, Color, ConditionalFormatPlan, NamedRangePlan, PlanCell } from "../plan";

/** A laid-out part of the sheet: its cell blocks, the names it defines, and the rows it takes. */
export interface Section {
  readonly blocks: readonly CellBlock[];
  readonly names: readonly NamedRangePlan[];
  readonly height: number;
  /** Formats over its own cells (the people list marks a repeated name). */
  readonly conditionalFormats?: readonly ConditionalFormatPlan[];
}

const HEADER_FILL: Color = "#DDEBF7";
export const TITLE_STYLE: CellStyle = { bold: true };
export const HEADER_STYLE: CellStyle = { bold: true, fill: HEADER_FILL, wrap: true };

function titled(
  row: number,
  title: string,
  header: readonly PlanCell[],
  body: readonly (readonly PlanCell[])[],
) {
  return [
    { row, column: 0, cells: [[title]], style: TITLE_STYLE },
    { row: row + 1, column: 0, cells: [header], style: HEADER_STYLE },
    { row: row + 2, column: 0, cells: body },
  ];
}

/** One rating scale: value | label | definition; names the value column (its validation list too). */
export function scaleSection(
  m: Methodology,
  key: ScaleKey,
  row: number,
  sheet: string,
  lang: Lang,
  tr: Translate,
): Section {
  const points = m.scales[key].points;
  const headers = ["value", "label", "description"] as const;
  const header = headers.map((h) => tr(`functions.methodSheet.scales.headers.${h}`));
  const body = points.map((point) => [point.value, point.label[lang], point.description[lang]]);
  const name = {
    name: SCALE_NAMES[key],
    sheet,
    address: columnRange(0, row + 2, row + 1 + points.length, true),
  };
  return {
    blocks: titled(row, tr(`functions.methodSheet.scales.${key}`), header, body),
    names: [name],
    height: points.length + 3,
  };
}

/** Risk levels with their lower bounds (and, for GB/T methods, likelihood and loss bounds). */
export function levelSection(m: Methodology, row: number, sheet: string, lang: Lang, tr: Translate): Section {
  const gbt = m.method === "gbt-matrix" || m.method === "gbt-multiply";
  const bandColumns: readonly {
    header: "riskFrom" | "likelihoodFrom" | "lossFrom";
    bands: Bands;
    name: string;
  }[] = [
    { header: "riskFrom", bands: m.bands, name: NAMES.bands },
    ...(gbt
      ? ([
          { header: "likelihoodFrom", bands: m.likelihoodBands, name: NAMES.bandsLikelihood },
          { header: "lossFrom", bands: m.lossBands, name: NAMES.bandsLoss },
        ] as const)
      : []),
  ];
  const h = (key: "level" | "label" | "riskFrom" | "likelihoodFrom" | "lossFrom" | "description") =>
    tr(`functions.methodSheet.levels.headers.${key}`);
  const header = [h("level"), h("label"), ...bandColumns.map((c) => h(c.header)), h("description")];
  const body = m.bands.map((_, k) => {
    const definition = m.levels[k];
    return [
      k + 1,
      definition?.label[lang] ?? String(k + 1),
      ...bandColumns.map((c) => c.bands[k] ?? null),
      definition?.description[lang] ?? "",
    ];
  });
  const first = row + 2;
  const last = row + 1 + m.bands.length;
  const names = [
    { name: NAMES.levels, sheet, address: columnRange(1, first, last, true) },
    ...bandColumns.map((c, k) => ({ name: c.name, sheet, address: columnRange(2 + k, first, last, true) })),
  ];
  const note = { row: last + 1, column: 0, cells: [[tr("functions.methodSheet.levels.note")]] };
  return {
    blocks: [...titled(row, tr("functions.methodSheet.levels.title"), header, body), note],
    names,
    height: m.bands.length + 4,
  };
}

type MatrixKey = "likelihood" | "loss" | "risk";

const MATRIX_NAMES: { readonly [K in MatrixKey]: string } = {
  likelihood: NAMES.matrixLikelihood,
  loss: NAMES.matrixLoss,
  risk: NAMES.matrixRisk,
};

/** One GB/T matrix with its row and column ratings; names the body without headers. */
export function matrixSection(
  matrix: Matrix,
  key: MatrixKey,
  row: number,
  sheet: string,
  tr: Translate,
): Section {
  const columns = matrix[0]?.length ?? 0;
  const header: PlanCell[] = [tr(`functions.methodSheet.matrices.${key}Corner`)];
  for (let c = 1; c <= columns; c++) header.push(c);
  const body = matrix.map((cells, r) => [r + 1, ...cells]);
  const first = row + 2;
  const address = `${absoluteA1(first, 1)}:${absoluteA1(first + matrix.length - 1, columns)}`;
  return {
    blocks: titled(row, tr(`functions.methodSheet.matrices.${key}`), header, body),
    names: [{ name: MATRIX_NAMES[key], sheet, address }],
    height: matrix.length + 3,
  };
}

/** The three GB/T 20984 matrices and the line naming their source. */
export function matricesSection(m: Methodology, row: number, sheet: string, tr: Translate): Section {
  const source = { row, column: 0, cells: [[tr("functions.methodSheet.matrices.source")]] };
  const parts: Section[] = [];
  let next = row + 2;
  for (const key of ["likelihood", "loss", "risk"] as const) {
    const part = matrixSection(m.matrices[key], key, next, sheet, tr);
    parts.push(part);
    next += part.height;
  }
  return {
    blocks: [source, ...parts.flatMap((p) => p.blocks)],
    names: parts.flatMap((p) => p.names),
    height: next - row,
  };
}
