/**
 * Use case: read the ISMS sheets of the open workbook (or a file) as typed records with cell addresses
 * and the problems found, in one batched read.
 */
import { parseWorkbook, type ParseOptions, type ParsedWorkbook } from "../workbook/read/parseWorkbook";
import type { WorkbookPort } from "../workbook/port";

export { parseWorkbook, type ParseOptions, type ParsedWorkbook };

/**
 * @example const { risks, problems } = await readWorkbook(port); risks[0]?.cells.riskId // "A2"
 */
export async function readWorkbook(port: WorkbookPort, options: ParseOptions = {}): Promise<ParsedWorkbook> {
  return parseWorkbook(await port.read(), options);
}
