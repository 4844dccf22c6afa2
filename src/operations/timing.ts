/** Small clock helpers the pane and the command share: today's date where the person is, and a debounce. */

/**
 * Today on the local clock, ISO: the calendar date where the person is, not the UTC date.
 * @example localIsoDate(new Date(2026, 3, 1, 23, 30)) // "2026-04-01"
 */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A function that runs `ms` after its last call, once, with the last call's arguments. */
export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  /** Drops a call still waiting (e.g. when live validation is switched off). */
  cancel(): void;
}

/**
 * `fn`, run once a burst of calls has paused for `ms` (trailing edge).
 * @example const revalidate = debounced(() => void validate(), 800); // 50 edits in a second: one run
 */
export function debounced<A extends unknown[]>(fn: (...args: A) => void, ms: number): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const call = (...args: A): void => {
    cancel();
    timer = setTimeout(() => {
      timer = undefined;
      fn(...args);
    }, ms);
  };
  return Object.assign(call, { cancel });
}
