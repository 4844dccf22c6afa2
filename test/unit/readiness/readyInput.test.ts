/** The builders' ready input is ready on every item: every other case changes one thing of it. */
import { assessReadiness } from "../../../src/domain/readiness";
import { placesOf, readyInput } from "./builders";

it("makes every item of the ready input ready, with a full score and nothing blocking", () => {
  const result = assessReadiness(readyInput());
  expect(
    result.items.filter((item) => item.status !== "ready").map((item) => [item.key, placesOf(item.reasons)]),
  ).toEqual([]);
  expect(result.score).toBe(1);
  expect(result.blockers).toEqual([]);
});
