/**
 * `isms soa <in.xlsx> [-o out.xlsx] [--standard 2022|2013] [--json]`: generates or refreshes the Statement
 * of Applicability through the same operation as the pane's SoA panel, on the ISMS workbook or on a
 * client's own register. Without -o it only says what the new version would be (nothing is written); with
 * -o the workbook with its new SoA version is written there. The workbook is read once, by the part
 * scanner; the plan that read produced is applied to the workbook opened for writing. The input is never changed unless -o names it.
 */
import { applySoa, soaJson, soaPreviewOf, type SoaPreview } from "../../operations/generateSoa";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { patchPackage, XlsxWorkbookPort } from "../../xlsx";
import { choiceFlag, stringFlag } from "../cliArgs";
import { EXIT_OK, isFailure, type CliContext } from "../cliContext";
import { openInput, resolvePath } from "../inputWorkbook";
import type { Command } from "./command";

/**
 * The workbook with the new SoA version: a refresh in place is patched into the file's package (every
 * other part kept as it is, fast on a large register); a new SoA sheet goes through the workbook's model.
 */
export async function writeSoa(input: string, target: string, preview: SoaPreview): Promise<void> {
  const patched = patchPackage(await readFile(input), preview.plan);
  if (patched) {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, patched);
    return;
  }
  const port = await XlsxWorkbookPort.open(input);
  await applySoa(port, preview);
  await port.save(target);
}

function printPreview(ctx: CliContext, preview: SoaPreview, written: string | undefined): void {
  const { counts } = preview;
  const lines = (key: "conflict" | "orphan" | "justification", items: readonly { message: string }[]) =>
    items.length === 0
      ? []
      : [ctx.say(`cli.soa.${key}`, { count: items.length }), ...items.map((f) => `  ${f.message}`)];
  ctx.print(
    ctx.say("cli.soa.title", {
      standard: preview.standard,
      sheet: preview.sheet,
      version: `${preview.version}.0`,
    }),
    ctx.say("cli.soa.counts", {
      applicable: counts.applicable,
      excluded: counts.excluded,
      undecided: counts.undecided,
      implemented: counts.byStatus.implemented,
      partial: counts.byStatus.partial,
      planned: counts.byStatus.planned,
      notImplemented: counts.byStatus.notImplemented,
    }),
    ctx.say("cli.soa.newlyApplicable", {
      count: preview.newlyApplicable.length,
      ids: preview.newlyApplicable.slice(0, 20).join(", "),
    }),
    ...lines("conflict", preview.conflicts),
    ...lines("orphan", preview.orphans),
    ...lines("justification", preview.missingJustifications),
    ctx.say("cli.soa.changes", { count: preview.changes.length }),
    written === undefined ? ctx.say("cli.soa.previewOnly") : ctx.say("cli.result.written", { file: written }),
  );
}

export const soaCommand: Command = {
  name: "soa",
  options: {
    output: { type: "string", short: "o" },
    standard: { type: "string" },
    json: { type: "boolean" },
  },
  positionals: 1,
  help: (ctx) => ctx.say("cli.help.soa"),
  async run(args, ctx) {
    const standard =
      args.flags.standard === undefined ? undefined : choiceFlag(args, "standard", ["2022", "2013"], "2022");
    if (isFailure(standard)) return standard;
    const output = stringFlag(args, "output");
    const options = { lang: ctx.lang, ...(standard ? { standard } : {}) };
    // Read once, with the part scanner (fast, small); only the write opens the workbook's full model.
    const input = await openInput(ctx, args, "soa", true);
    if (isFailure(input)) return input;
    const preview = soaPreviewOf(input.snapshot, input.parsed, options);
    if (output !== undefined) await writeSoa(input.resolved, resolvePath(ctx, output), preview);
    if (args.flags.json === true) ctx.printJson(soaJson(preview));
    else printPreview(ctx, preview, output);
    return EXIT_OK;
  },
};
