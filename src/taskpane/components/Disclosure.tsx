/**
 * A button that shows or hides what it controls, folded at first: the pane's small stand-in for an
 * accordion of one item. The button says whether it is open (aria-expanded) and, once open, which part it
 * controls (aria-controls); the folded part is not rendered, so neither eyes nor screen readers meet it.
 */
import { makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";

const useStyles = makeStyles({
  button: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    boxSizing: "border-box",
    width: "100%",
    minHeight: "32px",
    margin: 0,
    paddingBlock: 0,
    paddingInlineStart: tokens.spacingHorizontalMNudge,
    paddingInlineEnd: tokens.spacingHorizontalM,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":active": { backgroundColor: tokens.colorSubtleBackgroundPressed },
  },
  // Fluent's focus ring, drawn when the keyboard brings focus (the provider marks the element), not on a
  // click; written out, since Fluent's helper for it brings Griffel's whole set of shorthands along.
  focus: {
    ":focus": { outlineStyle: "none" },
    ":focus-visible": { outlineStyle: "none" },
    "&[data-fui-focus-visible]": {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: `calc(${tokens.strokeWidthThick} * -1)`,
    },
  },
  label: { overflowWrap: "anywhere", minWidth: 0 },
  chevron: { width: "16px", height: "16px", flexShrink: 0 },
  open: { transform: "rotate(90deg)" },
  part: { marginInline: tokens.spacingHorizontalM },
});

export interface DisclosureProps {
  /** What the button says: what it shows, e.g. "Columns (11)". */
  readonly label: string;
  /** Id of an element that tells this button from its like (a sheet's name), read after its name. */
  readonly describedBy?: string;
  /** Class of the shown part (set inline apart from the button's edge unless this says otherwise). */
  readonly className?: string;
  readonly children: ReactNode;
}

export function Disclosure({ label, describedBy, className, children }: DisclosureProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const partId = useId("isms-disclosure");
  return (
    <div>
      <button
        type="button"
        className={mergeClasses(styles.button, styles.focus)}
        aria-expanded={open}
        aria-controls={open ? partId : undefined}
        aria-describedby={describedBy}
        onClick={() => setOpen((now) => !now)}
      >
        <svg
          className={mergeClasses(styles.chevron, open && styles.open)}
          viewBox="0 0 16 16"
          aria-hidden="true"
          focusable="false"
        >
          <path d="M6 3.5 10.5 8 6 12.5" fill="none" stroke="currentColor" strokeWidth="1.4" />
        </svg>
        <span className={styles.label}>{label}</span>
      </button>
      {open && (
        <div id={partId} className={mergeClasses(styles.part, className)}>
          {children}
        </div>
      )}
    </div>
  );
}
