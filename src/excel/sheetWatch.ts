/**
 * The port's `watch`: `Worksheet.onChanged` (ExcelApi 1.7) on the named sheets, each change passed on
 * to the caller (who debounces). Office.js removes a handler only through the request context that added
 * it, and the port is given `(batch) => Excel.run(batch)`, not a context to keep. So the watch is one
 * `Excel.run` that stays open: it registers the handlers (one sync), waits until the caller stops
 * watching, then removes them (one sync) and ends. Both syncs retry in cell-edit mode like any other
 * batch; a registration that fails rejects the watch with a PortError, and a failed removal rejects
 * the function that stops watching. Once that function is called, no change reaches the caller, even
 * one Excel raised before the removal went through.
 */
import { toPortError, withCellEditRetry, type Wait } from "./officeErrors";
import type { ExcelRun } from "./officeWorkbookPort";

/**
 * Watches `sheets` until the returned function is called; resolves once the handlers are registered.
 * @example const stop = await watchSheets(run, wait, ["风险处置计划"], () => revalidate()); await stop();
 */
export function watchSheets(
  run: ExcelRun,
  wait: Wait,
  sheets: readonly string[],
  onChange: () => void,
): Promise<() => Promise<void>> {
  let active = true;
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const sheet = sheets.length === 1 ? sheets[0] : undefined;
  const handler = async (): Promise<void> => {
    if (active) onChange();
  };

  return new Promise((resolve, reject) => {
    const stop = async (): Promise<void> => {
      active = false;
      release();
      const failure = await session;
      if (failure) throw failure;
    };
    const session = run(async (context) => {
      const events = await withCellEditRetry(
        async () => {
          const added = sheets.map((name) => context.workbook.worksheets.getItem(name).onChanged);
          for (const event of added) event.add(handler);
          await context.sync();
          return added;
        },
        wait,
        { sheet },
      );
      resolve(stop);
      await released;
      await withCellEditRetry(
        async () => {
          for (const event of events) event.remove(handler);
          await context.sync();
        },
        wait,
        { sheet },
      );
    }).then(
      () => undefined,
      // Before registration this rejects the watch; after it, only `stop` hears of it (nothing unhandled).
      (error: unknown) => {
        const mapped = toPortError(error, sheet);
        reject(mapped);
        return mapped;
      },
    );
  });
}
