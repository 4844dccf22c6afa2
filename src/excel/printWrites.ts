/**
 * A sheet's print setup through `worksheet.pageLayout` (ExcelApi 1.9, which the manifest requires): paper,
 * orientation, fit to pages wide, print title rows, the print area, and the header and footer in Excel's codes. One small
 * write per sheet, packed into the same requests as the sheet's other writes: no sync of its own.
 */
import type { HeaderFooterPlan, PrintPlan, SheetPlan } from "../workbook/plan";
import { headerFooterCode, titleRowsA1 } from "../workbook/layout/printSetup";
import { sheetProxy, smallWrite, type Write } from "./sheetWrites";

const ORIENTATIONS = { landscape: "Landscape", portrait: "Portrait" } as const;

/**
 * Fit to pages wide, any number of pages tall. The type takes only numbers; 0 pages tall is "automatic",
 * as `fitToHeight="0"` is in the file format.
 */
export function zoomOf(print: PrintPlan): Excel.PageLayoutZoomOptions {
  return { horizontalFitToPages: print.fitToPagesWide, verticalFitToPages: 0 };
}

type HeaderFooterProperty =
  "leftHeader" | "centerHeader" | "rightHeader" | "leftFooter" | "centerFooter" | "rightFooter";

/** The header and footer parts the plan sets, as HeaderFooter properties and their codes. */
export function headerFooterParts(print: PrintPlan): [HeaderFooterProperty, string][] {
  const parts = (plan: HeaderFooterPlan | undefined, kind: "Header" | "Footer") =>
    (["left", "center", "right"] as const).flatMap((side): [HeaderFooterProperty, string][] => {
      const text = plan?.[side];
      return text === undefined ? [] : [[`${side}${kind}`, headerFooterCode(text)]];
    });
  return [...parts(print.header, "Header"), ...parts(print.footer, "Footer")];
}

/** The print setup of one sheet: nothing when the plan has none. */
export function printWrites(plan: SheetPlan): Write[] {
  const print = plan.print;
  if (!print) return [];
  const parts = headerFooterParts(print);
  const titleRows = print.titleRows && titleRowsA1(print.titleRows);
  // getItem, pageLayout, orientation, paperSize, zoom, then the title rows and, through headersFooters and
  // defaultForAllPages, one set per part.
  const commands = 5 + (titleRows ? 1 : 0) + (print.area ? 1 : 0) + (parts.length > 0 ? 2 + parts.length : 0);
  return [
    smallWrite(
      { sheet: plan.name, print },
      (context) => {
        const layout = sheetProxy(context, plan.name).pageLayout;
        layout.orientation = ORIENTATIONS[print.orientation];
        layout.paperSize = print.paper;
        layout.zoom = zoomOf(print);
        if (titleRows) layout.setPrintTitleRows(titleRows);
        if (print.area) layout.setPrintArea(print.area);
        if (parts.length === 0) return;
        const headerFooter = layout.headersFooters.defaultForAllPages;
        for (const [property, code] of parts) headerFooter[property] = code;
      },
      commands,
    ),
  ];
}
