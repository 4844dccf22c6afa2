/**
 * The ISMS.* custom functions' #VALUE! messages (`functions.errors.*`): only the functions' runtime shows
 * them, so they are kept out of the task pane's catalog (see src/i18n/functionErrors.ts).
 */
export const functionErrors = {
  rating: {
    missing: "{argument} is required: a whole number from {min} to {max}.",
    notNumber: '{argument} must be a whole number from {min} to {max} (got "{value}").',
    outOfRange: "{argument} must be a whole number from {min} to {max} (got {value}).",
  },
  methodUnknown: 'Unknown risk method "{method}". Valid methods: {valid}.',
  methodFactors: "The {method} method takes other ratings: use {function}.",
  valuationUnknown: 'Unknown asset valuation "{method}". Valid methods: {valid}.',
  notNumber: '{argument} must be a number (got "{value}").',
  bands: "{argument} must be a column of ascending numbers (the lowest value of each level).",
  matrix: "{argument} must be a range of numbers.",
  shape:
    "The arguments' sizes do not match: give one cell, one row or column, or {rows}×{columns} cells for each.",
} as const;
