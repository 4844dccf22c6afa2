/**
 * Reading the references people type in registers: the clauses a document or record answers ("5.2",
 * "6.1.3 d)", "条款 9.2；10.2") and the documents an SoA row names ("ISMS-D-02《信息安全方针》、访问控制程序").
 */

/** Text with full-width forms folded, lower case. */
const folded = (text: string): string => text.normalize("NFKC").toLowerCase();

/** Separators between clauses in a clauses cell (full-width ones are folded to these first). */
const CLAUSE_SEPARATORS = /[;,、/\n]+/;

/** Brackets, quotes and spaces, which do not change which clause or document is meant. */
const NOISE = /[\s()[\]【】《》「」『』"“”'‘’<>]/g;

/** Words people put before a clause number. */
const CLAUSE_PREFIX = /^(?:clause|条款|条|第|§)/;

/**
 * A clause as compared: no spaces, brackets or "clause" before it, so "6.1.3 d)" and "6.1.3d" are one
 * clause and "6.1.3" another.
 * @example clauseKey("6.1.3 d)") // "6.1.3d"
 * @example clauseKey("Clause 5.2") // "5.2"
 */
export function clauseKey(clause: string): string {
  return folded(clause).replace(NOISE, "").replace(CLAUSE_PREFIX, "");
}

/**
 * The clauses a clauses cell cites, as keys (see clauseKey).
 * @example clauseKeys("4.3；6.1.3 d)、9.2") // ["4.3", "6.1.3d", "9.2"]
 */
export function clauseKeys(text: string | undefined): string[] {
  if (text === undefined) return [];
  return folded(text)
    .split(CLAUSE_SEPARATORS)
    .map(clauseKey)
    .filter((key) => key !== "");
}

/** Separators between documents in an SoA documents cell. */
const DOCUMENT_SEPARATORS = /[;,、\n]+/;

/** A document reference as compared: folded, without spaces, brackets or quotes. */
export const documentKey = (text: string): string => folded(text).replace(NOISE, "");

/**
 * The documents an SoA cell names, as typed (trimmed), blank parts dropped.
 * @example documentRefs("ISMS-D-02 信息安全方针；访问控制程序\n") // ["ISMS-D-02 信息安全方针", "访问控制程序"]
 */
export function documentRefs(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text
    .normalize("NFKC")
    .split(DOCUMENT_SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => documentKey(part) !== "");
}

/** Short Latin words ("ceo") must stand alone, or they would match inside other words. */
function mentions(text: string, word: string): boolean {
  if (!/^[a-z]{1,4}$/.test(word)) return text.includes(word);
  return new RegExp(`(?:^|[^a-z])${word}(?:$|[^a-z])`).test(text);
}

/**
 * Whether a text names one of `words` (lower case), ignoring case and full-width forms.
 * @example namesAny("Chief Executive Officer (CEO)", ["ceo"]) // true
 */
export function namesAny(text: string | undefined, words: readonly string[]): boolean {
  if (text === undefined) return false;
  const lower = folded(text);
  return words.some((word) => mentions(lower, word));
}
