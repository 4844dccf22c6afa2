/**
 * The pane's navigation between panels: a tab bar after the WAI-ARIA tabs pattern, with manual activation.
 * Only the selected tab is in the Tab order; ArrowLeft/ArrowRight (wrapping), Home and End move focus between
 * the tabs, and Enter or Space (a button's own click) selects the focused one. Styled like Fluent's small tabs.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, type KeyboardEvent } from "react";

export interface PanelTab<T extends string> {
  readonly id: T;
  readonly label: string;
}

export interface PanelTabsProps<T extends string> {
  /** Accessible name of the tab list. */
  readonly label: string;
  readonly tabs: readonly PanelTab<T>[];
  readonly selected: T;
  readonly onSelect: (id: T) => void;
  /** Id of the element every tab controls (the panel region). */
  readonly controls: string;
  /** Each tab's id is this prefix followed by the tab's id. */
  readonly idPrefix: string;
  readonly className?: string;
}

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "row",
    flexWrap: "wrap",
    alignItems: "center",
    position: "relative",
  },
  tab: {
    // An unselected tab's label shares its grid cell with a hidden semibold copy, so selecting it shifts nothing.
    display: "grid",
    alignItems: "center",
    justifyContent: "center",
    flexShrink: 0,
    position: "relative",
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalSNudge}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorSubtleBackground,
    color: tokens.colorNeutralForeground2,
    cursor: "pointer",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightRegular,
    textTransform: "none",
    outlineStyle: "none",
    ":hover": {
      backgroundColor: tokens.colorSubtleBackgroundHover,
      color: tokens.colorNeutralForeground2Hover,
    },
    ":active": {
      backgroundColor: tokens.colorSubtleBackgroundPressed,
      color: tokens.colorNeutralForeground2Pressed,
    },
    // Underline: neutral while hovered, brand-coloured on the selected tab.
    "::after": {
      content: '""',
      position: "absolute",
      bottom: 0,
      left: tokens.spacingHorizontalSNudge,
      right: tokens.spacingHorizontalSNudge,
      height: tokens.strokeWidthThick,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorTransparentStroke,
    },
    ":hover::after": { backgroundColor: tokens.colorNeutralStroke1Hover },
    ":focus-visible": {
      // The transparent outline shows in forced-colors mode, where box shadows are not drawn.
      outline: `${tokens.strokeWidthThick} solid transparent`,
      boxShadow: `0 0 0 ${tokens.strokeWidthThick} ${tokens.colorStrokeFocus2}`,
      zIndex: 1,
    },
    "@media (forced-colors: active)": {
      ":hover::after": { backgroundColor: "Highlight" },
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    ":hover": { color: tokens.colorNeutralForeground1Hover },
    ":active": { color: tokens.colorNeutralForeground1Pressed },
    "::after": { backgroundColor: tokens.colorCompoundBrandStroke },
    ":hover::after": { backgroundColor: tokens.colorCompoundBrandStrokeHover },
    "@media (forced-colors: active)": {
      "::after": { backgroundColor: "ButtonText" },
      ":hover::after": { backgroundColor: "ButtonText" },
    },
  },
  label: {
    gridArea: "1 / 1",
    paddingInline: tokens.spacingHorizontalXXS,
  },
  reserved: {
    gridArea: "1 / 1",
    paddingInline: tokens.spacingHorizontalXXS,
    fontWeight: tokens.fontWeightSemibold,
    visibility: "hidden",
  },
});

/** Where a key moves focus from the tab at `current` of `count`: undefined for keys the tab list leaves alone. */
function targetIndex(key: string, current: number, count: number): number | undefined {
  switch (key) {
    case "ArrowRight":
      return (current + 1) % count;
    case "ArrowLeft":
      return (current - 1 + count) % count;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return undefined;
  }
}

export function PanelTabs<T extends string>({
  label,
  tabs,
  selected,
  onSelect,
  controls,
  idPrefix,
  className,
}: PanelTabsProps<T>) {
  const styles = useStyles();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = buttons.current.findIndex((button) => button === event.target);
    if (current < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const next = targetIndex(event.key, current, tabs.length);
    if (next === undefined) return;
    event.preventDefault();
    buttons.current[next]?.focus();
  };

  return (
    <div
      role="tablist"
      aria-label={label}
      aria-orientation="horizontal"
      className={mergeClasses(styles.list, className)}
      onKeyDown={onKeyDown}
    >
      {tabs.map((tab, index) => {
        const isSelected = tab.id === selected;
        return (
          <button
            key={tab.id}
            ref={(button) => {
              buttons.current[index] = button;
            }}
            type="button"
            role="tab"
            id={`${idPrefix}${tab.id}`}
            aria-selected={isSelected}
            aria-controls={controls}
            tabIndex={isSelected ? 0 : -1}
            className={mergeClasses(styles.tab, isSelected && styles.selected)}
            onClick={() => onSelect(tab.id)}
          >
            <span className={styles.label}>{tab.label}</span>
            {!isSelected && (
              <span className={styles.reserved} aria-hidden="true">
                {tab.label}
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
