/**
 * ISMS.* custom functions. Each one is thin: check arguments, call the domain, turn an expected failure
 * into a CustomFunctions.Error with a message in the user's language.
 * (Functions must be declared with `function`: the metadata generator ignores arrow functions.)
 */
import { version as productVersion } from "../version";

/**
 * The ISMS Workbench version that computes these functions.
 * @customfunction VERSION
 * @returns The add-in version, e.g. "0.1.0".
 */
export function version(): string {
  return productVersion;
}
