/**
 * The small vocabulary the corpus definitions are written in: a real date cell, a formula with the
 * result Excel would cache, and an expected risk record.
 */

/** A real date cell (not text), shown with a number format. */
export function date(iso, numFmt = "yyyy-mm-dd") {
  return { date: iso, numFmt };
}

/** A formula ("F4*G4", no "=") and the value a spreadsheet program would have computed for it. */
export function formula(text, result) {
  return { formula: text, result };
}

/** `product(4, ["F", 4], ["G", 3])`: the formula F4*G4 with its result 12. */
export function product(row, ...factors) {
  return formula(
    factors.map(([column]) => `${column}${row}`).join("*"),
    factors.reduce((value, [, factor]) => value * Number(factor), 1),
  );
}

/** `maxTimes(5, ["C", "E"], [5, 4, 3], ["G", 3], ["I", 4])`: MAX(C5:E5)*G5*I5 and its result. */
export function maxTimes(row, [from, to], cia, ...factors) {
  const text = [`MAX(${from}${row}:${to}${row})`, ...factors.map(([column]) => `${column}${row}`)].join("*");
  const result = factors.reduce((value, [, factor]) => value * Number(factor), Math.max(...cia.map(Number)));
  return formula(text, result);
}

/**
 * One record a file must yield. `ratings` are the inherent ratings by the engine's keys; option,
 * controls, owner and due date are left out when the source has none.
 */
export function risk(id, ratings, option, controls, owner, dueDate) {
  return {
    id,
    ratings,
    ...(option ? { option } : {}),
    ...(controls && controls.length > 0 ? { controls } : {}),
    ...(owner ? { owner } : {}),
    ...(dueDate ? { dueDate } : {}),
  };
}
