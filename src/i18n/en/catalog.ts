/** Messages of the catalog area: errors and metadata of ISMS.CONTROL, ISMS.CONTROLMAP, ISMS.CONTROLID. */
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
  meta: {
    CONTROL: {
      description: "Title of an ISO/IEC 27001 Annex A control.",
      params: {
        id: "Control id (5.15, A.5.15, A.9.2.3 …), a cell or a range.",
        lang: 'Optional: "en" or "zh-CN" (default: the language of Excel).',
        standard: "Optional: 2022 or 2013 (default: recognised from the id).",
      },
    },
    CONTROLMAP: {
      description: "ISO/IEC 27001:2022 control(s) that a 2013 Annex A control became (Table B.1).",
      params: {
        id2013: "2013 control id (A.9.2.3), a cell or a range.",
      },
    },
    CONTROLID: {
      description:
        "Canonical 2022 control ids in a cell of free text (A.5.1, 5.1 Policies…, 2013 ids mapped).",
      params: {
        text: "Text naming one or more controls, a cell or a range.",
      },
    },
  },
} as const;
