/**
 * The readiness report's two lists: what blocks certification (each blocker a button to its cell), and
 * the 16 items, each not ready one a disclosure button that shows its reasons, each reason a button to
 * its cell. A row says everything without colour: the status in words, the item's number and name.
 */
import { Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { useLanguage } from "../LanguageContext";
import type { BlockerView, PlaceView, ReadinessItemView, ReasonView } from "../readinessActions";
import { ReadinessStatusBadge } from "./ReadinessStatusBadge";

/** A long list of reasons is cut here: the first ones say what to do, the sheet shows the rest. */
const SHOWN_REASONS = 20;

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", rowGap: tokens.spacingVerticalXXS },
  reasons: {
    listStyle: "none",
    margin: 0,
    paddingBlock: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    paddingInlineEnd: 0,
    display: "grid",
    rowGap: tokens.spacingVerticalXXS,
  },
  row: {
    display: "grid",
    rowGap: tokens.spacingVerticalXXS,
    // Fluent's button centres its content: rows read from the start, however short their text.
    justifyContent: "start",
    justifyItems: "start",
    boxSizing: "border-box",
    width: "100%",
    minWidth: 0,
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
  },
  line: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  text: { overflowWrap: "anywhere", minWidth: 0 },
  // The place reads as where the row goes: the pane's link colour.
  place: { overflowWrap: "anywhere", minWidth: 0, color: tokens.colorBrandForeground1 },
  chevron: { width: "12px", height: "12px", flexShrink: 0, transitionProperty: "transform" },
  open: { transform: "rotate(90deg)" },
});

/** "Sheet!B7", or the sheet alone when the reason names no cell. */
const placeText = ({ sheet, cell }: PlaceView): string | null =>
  sheet === undefined ? null : cell === undefined ? sheet : `${sheet}!${cell}`;

/** A row that jumps to its place when it has one, else plain text with the same layout. */
function PlaceRow({
  place,
  describedBy,
  onGoTo,
  children,
}: {
  readonly place: PlaceView;
  readonly describedBy: string;
  readonly onGoTo: (place: PlaceView) => void;
  readonly children: ReactNode;
}) {
  const styles = useStyles();
  const where = placeText(place);
  const body = (
    <>
      {children}
      {where !== null && <Text className={styles.place}>{where}</Text>}
    </>
  );
  if (where === null) return <div className={styles.row}>{body}</div>;
  return (
    <Button
      appearance="subtle"
      className={styles.row}
      aria-describedby={describedBy}
      onClick={() => onGoTo(place)}
    >
      {body}
    </Button>
  );
}

export interface BlockerListProps {
  readonly blockers: readonly BlockerView[];
  readonly items: readonly ReadinessItemView[];
  readonly label: string;
  /** Id of the text that says what choosing a row does. */
  readonly describedBy: string;
  readonly onGoTo: (place: PlaceView) => void;
}

export function BlockerList({ blockers, items, label, describedBy, onGoTo }: BlockerListProps) {
  const styles = useStyles();
  const status = new Map(items.map((item) => [item.id, item.status]));
  return (
    <ul className={styles.list} aria-label={label}>
      {blockers.map((blocker) => (
        <li key={blocker.id}>
          <PlaceRow place={blocker} describedBy={describedBy} onGoTo={onGoTo}>
            <span className={styles.line}>
              <ReadinessStatusBadge status={status.get(blocker.id) ?? "missing"} />
              <Text weight="semibold" className={styles.text}>
                {blocker.id}. {blocker.title}
              </Text>
            </span>
            <Text className={styles.text}>{blocker.message}</Text>
          </PlaceRow>
        </li>
      ))}
    </ul>
  );
}

function Chevron({ open }: { readonly open: boolean }) {
  const styles = useStyles();
  return (
    <svg
      className={mergeClasses(styles.chevron, open && styles.open)}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M6 3.5 10.5 8 6 12.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}

function ReasonList({
  id,
  reasons,
  label,
  describedBy,
  onGoTo,
}: {
  readonly id: string;
  readonly reasons: readonly ReasonView[];
  readonly label: string;
  readonly describedBy: string;
  readonly onGoTo: (place: PlaceView) => void;
}) {
  const styles = useStyles();
  const { t } = useLanguage();
  return (
    <ul id={id} className={styles.reasons} aria-label={label}>
      {reasons.slice(0, SHOWN_REASONS).map((reason, index) => (
        <li key={`${reason.code} ${index}`}>
          <PlaceRow place={reason} describedBy={describedBy} onGoTo={onGoTo}>
            <Text className={styles.text}>{reason.message}</Text>
          </PlaceRow>
        </li>
      ))}
      {reasons.length > SHOWN_REASONS && (
        <li>
          <Text>{t("app.readiness.more", { count: reasons.length - SHOWN_REASONS })}</Text>
        </li>
      )}
    </ul>
  );
}

export interface ItemListProps {
  readonly items: readonly ReadinessItemView[];
  readonly label: string;
  readonly describedBy: string;
  readonly onGoTo: (place: PlaceView) => void;
}

export function ItemList({ items, label, describedBy, onGoTo }: ItemListProps) {
  const styles = useStyles();
  const { t } = useLanguage();
  // Open items stay open across checks (by the method's number), so a re-check keeps the person's place.
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) =>
    setOpen((now) => {
      const next = new Set(now);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <ul className={styles.list} aria-label={label}>
      {items.map((item) => {
        const name = `${item.id}. ${item.title}`;
        const heading = (
          <span className={styles.line}>
            <ReadinessStatusBadge status={item.status} />
            <Text weight="semibold" className={styles.text}>
              {name}
            </Text>
          </span>
        );
        if (item.reasons.length === 0) {
          return (
            <li key={item.id}>
              <div className={styles.row}>{heading}</div>
            </li>
          );
        }
        const expanded = open.has(item.id);
        const reasonsId = `isms-readiness-reasons-${item.id}`;
        return (
          <li key={item.id}>
            <Button
              appearance="subtle"
              className={styles.row}
              aria-expanded={expanded}
              aria-controls={expanded ? reasonsId : undefined}
              onClick={() => toggle(item.id)}
            >
              {heading}
              <span className={styles.line}>
                <Chevron open={expanded} />
                <Text>{t("app.readiness.reasons", { count: item.reasons.length })}</Text>
              </span>
            </Button>
            {expanded && (
              <ReasonList
                id={reasonsId}
                reasons={item.reasons}
                label={name}
                describedBy={describedBy}
                onGoTo={onGoTo}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
