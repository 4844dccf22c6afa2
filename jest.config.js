/* One jest run, five layers (see ARCHITECTURE.md "Tests"). */
const transform = {
  "^.+\\.tsx?$": ["ts-jest", { tsconfig: "test/tsconfig.json", isolatedModules: true }],
};
const project = (name, environment, extra = {}) => ({
  displayName: name,
  testEnvironment: environment,
  roots: [`<rootDir>/test/${name}`],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform,
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "json"],
  // Tests assert behaviour, not speed (figures are in npm run bench): a busy machine must not fail them.
  testTimeout: 30_000,
  ...extra,
});

module.exports = {
  testTimeout: 30_000,
  projects: [
    project("unit", "node"),
    project("adapter", "node", { roots: ["<rootDir>/test/adapter", "<rootDir>/test/fakes"] }),
    project("ui", "jsdom", { setupFilesAfterEnv: ["<rootDir>/test/ui/setup.ts"] }),
    project("xlsx", "node"),
    project("e2e", "node"),
  ],
};
