/** Risk ids compared as a person reads them: full-width forms, spaces around and letter case do not matter. */

/**
 * The key two spellings of one risk id share.
 * @example riskKey(" ｒ-００３ ") === riskKey("R-003") // true
 */
export function riskKey(id: string): string {
  // Most ids are plain ASCII, which NFKC leaves as it is: skip the normalisation for them.
  return (PLAIN.test(id) ? id : id.normalize("NFKC")).trim().toUpperCase();
}

const PLAIN = /^[\x20-\x7e]*$/;
