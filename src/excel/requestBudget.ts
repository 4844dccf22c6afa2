/**
 * Sizing requests. Excel on the web rejects a request of 5 MB or more, so every write is measured
 * (UTF-8 bytes of its JSON, as the host measures the payload) and big matrices are cut into row slices;
 * writes are then packed, in order, into requests that stay under the budget. One request = one sync.
 */

/** What one request may carry by our estimate: well under 4 MB so the host's own framing fits too. */
export const DEFAULT_REQUEST_BUDGET_BYTES = 3_500_000;

/**
 * What one request applying a plan may carry by our estimate. Write estimates count every command at its
 * framing's upper bound (COMMAND_OVERHEAD_BYTES a command), so a plan's requests measure about a tenth
 * below their estimate: 3.75 MB estimated stays under 4 MB sent. Reads keep the tighter budget above,
 * because a read's response is only known once it arrives.
 */
export const DEFAULT_WRITE_BUDGET_BYTES = 3_750_000;

/** Per-command framing (object path, method name) added to every estimate. */
export const COMMAND_OVERHEAD_BYTES = 160;

/** UTF-8 length of a string without allocating (CJK text is 3 bytes a character). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes of a value's JSON. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}

/** A queued change of known size; `queue` adds its commands to the request being built. */
export interface SizedWrite<Context> {
  readonly bytes: number;
  readonly queue: (context: Context) => void;
}

/** Rows [start, end) of a matrix and the bytes of their JSON. */
export interface RowSlice {
  readonly start: number;
  readonly end: number;
  readonly bytes: number;
}

/**
 * Row slices of a matrix such that each slice's JSON fits in `budget` bytes (a single row bigger than
 * the budget still gets its own slice: Excel then refuses it, reported as port.requestTooLarge).
 * @example rowSlices([["a"], ["b"], ["c"]], 12).map((s) => [s.start, s.end]) // [[0, 2], [2, 3]]
 */
export function rowSlices(matrix: readonly (readonly unknown[])[], budget: number): RowSlice[] {
  const slices: RowSlice[] = [];
  let start = 0;
  let bytes = 2;
  matrix.forEach((row, index) => {
    const rowBytes = jsonBytes(row) + 1;
    if (index > start && bytes + rowBytes > budget) {
      slices.push({ start, end: index, bytes });
      start = index;
      bytes = 2;
    }
    bytes += rowBytes;
  });
  if (matrix.length > start) slices.push({ start, end: matrix.length, bytes });
  return slices;
}

/**
 * Packs writes, keeping their order, into requests of at most `budget` estimated bytes.
 * @example packRequests([{ bytes: 6 }, { bytes: 6 }, { bytes: 3 }], 10).map((r) => r.length) // [1, 2]
 */
export function packRequests<W extends { readonly bytes: number }>(
  writes: readonly W[],
  budget: number,
): W[][] {
  const requests: W[][] = [];
  let current: W[] = [];
  let bytes = 0;
  for (const write of writes) {
    if (current.length > 0 && bytes + write.bytes > budget) {
      requests.push(current);
      current = [];
      bytes = 0;
    }
    current.push(write);
    bytes += write.bytes;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}
