/**
 * Office.js failures mapped to stable PortError codes at the port, and the one transient failure worth
 * retrying: Excel refuses API calls while a person is editing a cell, so the batch is tried again a few
 * times with growing pauses before the pane is told to ask the user to finish editing.
 */
import { PortError, type PortErrorCode } from "../workbook/port";

/** Office.js error codes (`Excel.ErrorCodes` values; compared as strings so no Excel global is needed). */
const CODE_MAP: Readonly<Record<string, PortErrorCode>> = {
  ItemAlreadyExists: "port.sheetExists",
  AccessDenied: "port.sheetProtected",
  InvalidOperationInCellEditMode: "port.cellEditMode",
  RequestPayloadSizeLimitExceeded: "port.requestTooLarge",
  ResponsePayloadSizeLimitExceeded: "port.requestTooLarge",
  ItemNotFound: "port.sheetMissing",
};

/** The `code` of an `OfficeExtension.Error`, or null for anything else. */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("code" in error)) return null;
  const { code } = error;
  return typeof code === "string" ? code : null;
}

/**
 * Any failure as a PortError: Office codes we know get their own code, the rest "port.unknown" with
 * the host's message as detail (never swallowed).
 * @example toPortError({ code: "AccessDenied", message: "..." }).code // "port.sheetProtected"
 */
export function toPortError(error: unknown, sheet?: string): PortError {
  if (error instanceof PortError) return error;
  const code = officeErrorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  const mapped = code === null ? undefined : CODE_MAP[code];
  return new PortError(mapped ?? "port.unknown", code === null ? detail : `${code}: ${detail}`, sheet);
}

/** Pauses before each retry in cell-edit mode (3 retries). */
export const CELL_EDIT_RETRY_DELAYS_MS: readonly number[] = [250, 500, 1000];

export type Wait = (ms: number) => Promise<void>;

export const realWait: Wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt`, retrying while Excel is in cell-edit mode, and maps the final failure to a PortError.
 * `sheet` names the sheet a failure concerns when the caller knows it. `attempt` must be safe to run again (the apply path records what an earlier attempt created).
 */
export async function withCellEditRetry<T>(
  attempt: () => Promise<T>,
  wait: Wait,
  options: { readonly sheet?: string; readonly delays?: readonly number[] } = {},
): Promise<T> {
  const { sheet, delays = CELL_EDIT_RETRY_DELAYS_MS } = options;
  try {
    return await attempt();
  } catch (error) {
    const [delay, ...later] = delays;
    if (officeErrorCode(error) !== "InvalidOperationInCellEditMode" || delay === undefined) {
      throw toPortError(error, sheet);
    }
    await wait(delay);
    return withCellEditRetry(attempt, wait, { sheet, delays: later });
  }
}
