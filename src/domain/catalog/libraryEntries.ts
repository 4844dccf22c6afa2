/**
 * How the threat and vulnerability libraries are written down: per class, compact rows that become
 * entries with stable ids ("T-MAL-01"). Ids follow the row position, so new entries go at the end of
 * their class and existing rows are never reordered.
 */
import type { ControlId, LibraryEntry, LibrarySource, Rating } from "./types";

/** English name, Chinese name, English description, Chinese description, typical rating, 2022 controls. */
export type LibraryRow = readonly [
  nameEn: string,
  nameZh: string,
  descriptionEn: string,
  descriptionZh: string,
  rating: Rating | 0,
  controls: string,
  source?: LibrarySource,
];

/**
 * Entries for every class, in class order.
 * @example toEntries("T", { MAL: [["Virus", "计算机病毒", "…", "…", 3, "8.7"]] })[0].id // "T-MAL-01"
 */
export function toEntries<ClassId extends string>(
  prefix: string,
  rowsByClass: Readonly<Record<ClassId, readonly LibraryRow[]>>,
): LibraryEntry<ClassId>[] {
  return (Object.keys(rowsByClass) as ClassId[]).flatMap((classId) =>
    rowsByClass[classId].map(([nameEn, nameZh, descEn, descZh, rating, controls, source], index) => ({
      id: `${prefix}-${classId}-${String(index + 1).padStart(2, "0")}`,
      classId,
      name: { en: nameEn, "zh-CN": nameZh },
      description: { en: descEn, "zh-CN": descZh },
      source: source ?? "gbt20984",
      ...(rating === 0 ? {} : { typicalRating: rating }),
      controls: controls.split(" ") as ControlId[],
    })),
  );
}
