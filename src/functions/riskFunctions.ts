/** ISMS.* custom functions: riskFunctions. */
export {};
