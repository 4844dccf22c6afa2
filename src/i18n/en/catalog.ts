/**
 * Messages of the catalog area: errors of ISMS.CONTROL, ISMS.CONTROLMAP, ISMS.CONTROLID (their descriptions
 * are in functionMeta.ts); only the functions' runtime shows them, through src/i18n/functionErrors.ts.
 */
export const catalog = {
  errors: {
    unknownControl: '"{id}" is not an ISO/IEC 27001:{standard} Annex A control.',
    notOneControl: 'Give one control id (got "{text}").',
    legacyControl: '"{id}" is an ISO/IEC 27001:2013 control; in 2022 it is {ids}. Use ISMS.CONTROLMAP.',
    notLegacyControl: '"{id}" is not an ISO/IEC 27001:2013 Annex A control (expected e.g. A.9.2.3).',
    unknownTokens: "Not a control reference: {tokens}.",
    notText: "Expected a control id as text (got {value}).",
    lang: 'Language must be "en" or "zh-CN" (got "{value}").',
    standard: 'Standard must be 2022 or 2013 (got "{value}").',
  },
} as const;
