/** The product version, shown in the pane and returned by ISMS.VERSION(). Kept equal to package.json by a test. */
export const version = "0.1.0";
