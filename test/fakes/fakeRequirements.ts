/**
 * `Office.context.requirements.isSetSupported` for the browser tests' office.js stand-in: answers from a
 * list of requirement sets and the highest version of each the host supports.
 */

/** What a current Excel on the web supports, by default. */
export const DEFAULT_REQUIREMENT_SETS: Readonly<Record<string, string>> = {
  ExcelApi: "1.17",
  SharedRuntime: "1.1",
  CustomFunctionsRuntime: "1.4",
};

/** "1.10" > "1.9": versions compare part by part, as numbers. */
function versionAtLeast(version: string, minimum: string): boolean {
  const have = version.split(".").map(Number);
  const want = minimum.split(".").map(Number);
  for (let i = 0; i < Math.max(have.length, want.length); i++) {
    const a = have[i] ?? 0;
    const b = want[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

/** `Office.context.requirements.isSetSupported`: names match in any case; no version means "1.1". */
export function fakeIsSetSupported(sets: Readonly<Record<string, string>>) {
  return (name: string, minVersion?: string | number): boolean => {
    const key = Object.keys(sets).find((candidate) => candidate.toLowerCase() === String(name).toLowerCase());
    const version = key === undefined ? undefined : sets[key];
    if (version === undefined) return false;
    const wanted = minVersion === undefined || minVersion === "" ? "1.1" : String(minVersion);
    return versionAtLeast(version, wanted);
  };
}
