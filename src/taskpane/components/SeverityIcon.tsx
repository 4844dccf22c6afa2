/**
 * A finding's severity as a shape as well as a colour (a cross in a circle, a mark in a triangle), so it
 * reads without colour; always shown beside the severity in words, so the icon itself is hidden from
 * screen readers.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { FindingSeverity } from "../validateActions";

const useStyles = makeStyles({
  icon: { flexShrink: 0, width: "16px", height: "16px", verticalAlign: "text-bottom" },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
});

export function SeverityIcon({ severity }: { readonly severity: FindingSeverity }) {
  const styles = useStyles();
  return (
    <svg
      className={mergeClasses(styles.icon, styles[severity])}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      {severity === "error" ? (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M5.5 5.5l5 5m0-5l-5 5" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
        </>
      ) : (
        <>
          <path d="M8 1.2 15.2 14.5H.8z" fill="currentColor" strokeLinejoin="round" />
          <path d="M8 5.8v4.1" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
          <circle cx="8" cy="12.2" r="0.95" fill="#fff" />
        </>
      )}
    </svg>
  );
}
