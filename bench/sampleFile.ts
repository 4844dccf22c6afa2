/** The zh-CN `atv` sample grown to `risks` risks (its plan grown with it), written to `file`: what the command benchmarks read. */
import { createWorkbook } from "../src/operations/createWorkbook";
import { XlsxWorkbookPort } from "../src/xlsx";

export async function writeSampleFile(file: string, risks: number): Promise<void> {
  const port = XlsxWorkbookPort.create();
  const created = await createWorkbook(port, {
    lang: "zh-CN",
    standard: "2022",
    method: "atv",
    sample: true,
    sampleRisks: risks,
  });
  if (created.status !== "created") throw new Error("the workbook was not created");
  await port.save(file);
}
