/** The local date the pane and the command judge deadlines against, and the debounce live mode uses. */
import { debounced, localIsoDate } from "../../../src/operations/timing";

it("gives the calendar date on the local clock, padded", () => {
  expect(localIsoDate(new Date(2026, 3, 1, 23, 59))).toBe("2026-04-01");
  expect(localIsoDate(new Date(2026, 11, 9, 0, 0))).toBe("2026-12-09");
});

it("runs once after a burst of calls pauses, with the last call's arguments; cancel drops it", () => {
  jest.useFakeTimers();
  const calls: number[] = [];
  const run = debounced((n: number) => calls.push(n), 800);
  for (let i = 0; i < 50; i++) run(i);
  jest.advanceTimersByTime(799);
  expect(calls).toEqual([]);
  jest.advanceTimersByTime(1);
  expect(calls).toEqual([49]);
  run(1);
  run.cancel();
  jest.advanceTimersByTime(1000);
  expect(calls).toEqual([49]);
  jest.useRealTimers();
});
