/** The domain's copy of the rating column keys agrees with the sheet schema's. */
import { ratingColumnKey, residualRatingColumnKey } from "../../../src/domain/treatment";
import { inputColumnKey, RATING_KEYS, residualColumnKey } from "../../../src/workbook/schema/ratingColumns";

it.each(RATING_KEYS)("keys the %s rating as the register and the plan do", (rating) => {
  expect(ratingColumnKey(rating)).toBe(inputColumnKey(rating));
  expect(residualRatingColumnKey(rating)).toBe(residualColumnKey(inputColumnKey(rating)));
});
