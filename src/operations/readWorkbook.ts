/**
 * Use case: read the ISMS sheets of the open workbook (or a file) as typed records with cell addresses
 * and the problems found, in one batched read.
 */
import { parseWorkbook, type ParseOptions, type ParsedWorkbook } from "../workbook/read/parseWorkbook";
import { looksLikeIsmsSheet } from "../workbook/read/sheetLocator";
import { readingSchemas } from "../workbook/schema/readingSchemas";
import type { WorkbookPort } from "../workbook/port";

export { parseWorkbook, type ParseOptions, type ParsedWorkbook };

/**
 * @example const { risks, problems } = await readWorkbook(port); risks[0]?.cells.riskId // "A2"
 */
export async function readWorkbook(
  port: Pick<WorkbookPort, "read">,
  options: ParseOptions = {},
): Promise<ParsedWorkbook> {
  const schemas = readingSchemas(options.method);
  // Sheets that show no ISMS table and no header we know are not read past their first rows.
  const snapshot = await port.read({ readInFull: (head) => looksLikeIsmsSheet(head, schemas) });
  return parseWorkbook(snapshot, options);
}
