/**
 * What each custom function (`ISMS.*`) and each of its parameters is for, by function id: the English text
 * repeats the function's JSDoc (which the metadata generator reads); the zh-CN text replaces it in the
 * Chinese metadata. Only the build reads these (see functionMessages.ts), never the pane or the runtime.
 */
export const functionMeta = {
  VERSION: {
    description: "The ISMS Workbench version that computes these functions.",
    params: {},
  },
  ASSETVALUE: {
    description: "Asset value from confidentiality, integrity and availability ratings.",
    params: {
      c: "Confidentiality rating (C), a cell or a column.",
      i: "Integrity rating (I), a cell or a column.",
      a: "Availability rating (A), a cell or a column.",
      method: "How C, I, A are combined: max (default), mean, weighted or log2.",
    },
  },
  RISK: {
    description: "Risk value from asset value, threat and vulnerability by a named method.",
    params: {
      method: "atv, gbt-matrix or gbt-multiply.",
      asset: "Asset value, a cell or a column.",
      threat: "Threat rating, a cell or a column.",
      vulnerability: "Vulnerability rating, a cell or a column.",
    },
  },
  RISKLI: {
    description: "Risk value as likelihood × impact (ISO/IEC 27005, 5×5).",
    params: {
      likelihood: "Likelihood rating, a cell or a column.",
      impact: "Impact rating, a cell or a column.",
    },
  },
  RISKCIA: {
    description: "Risk value as the highest of C, I, A impact × threat × vulnerability.",
    params: {
      c: "Confidentiality rating (C).",
      i: "Integrity rating (I).",
      a: "Availability rating (A).",
      threat: "Threat rating.",
      vulnerability: "Vulnerability rating.",
    },
  },
  LIKELIHOOD: {
    description: "GB/T 20984 likelihood of a security event from threat and vulnerability.",
    params: {
      threat: "Threat rating, a cell or a column.",
      vulnerability: "Vulnerability rating, a cell or a column.",
      method: "gbt-matrix (default) or gbt-multiply.",
    },
  },
  LOSS: {
    description: "GB/T 20984 loss of a security event from asset value and vulnerability.",
    params: {
      asset: "Asset value, a cell or a column.",
      vulnerability: "Vulnerability rating, a cell or a column.",
      method: "gbt-matrix (default) or gbt-multiply.",
    },
  },
  RISKLEVEL: {
    description: "Risk level (1 very low … 5 very high) of a risk value.",
    params: {
      value: "Risk value, a cell or a column.",
      bands: "The lowest value of each level, ascending (e.g. ISMS_Bands).",
      method: "The method whose default bands apply when no bands are given.",
    },
  },
  MATRIX: {
    description: "Looks up a risk matrix cell by row and column rating.",
    params: {
      row: "Row rating (1 = first row), a cell or a column.",
      column: "Column rating (1 = first column), a cell or a column.",
      matrix: "The matrix without headers (e.g. ISMS_MatrixL).",
    },
  },
  ACCEPTABLE: {
    description: "TRUE when a risk level is within the acceptance criterion.",
    params: {
      level: "Risk level, a cell or a column.",
      criterion: "The highest acceptable level (default 2).",
    },
  },
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
    description: "Canonical 2022 control ids in a cell of free text (A.5.1, 5.1 Policies…, 2013 ids mapped).",
    params: {
      text: "Text naming one or more controls, a cell or a range.",
    },
  },
} as const;
