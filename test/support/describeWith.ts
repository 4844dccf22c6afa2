/** Suites that need an external program: fail under CI=true when it is missing, else skip with one line. */
import type { Program } from "./programs";

/**
 * `describe` when the program is there; under CI a missing program makes the suite fail loudly;
 * elsewhere `describe.skip` after printing the hint once.
 */
export function describeWith(program: Program): jest.Describe {
  if (program.path) return describe;
  if (process.env.CI) {
    return ((name: string, fn: () => void) =>
      describe(name, () => {
        it("has the program it needs", () => {
          throw new Error(program.hint);
        });
        void fn;
      })) as unknown as jest.Describe;
  }
  console.warn(program.hint);
  return describe.skip;
}
