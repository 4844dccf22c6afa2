/** ISMS.* custom functions: catalogFunctions. */
export {};
