/**
 * An item's readiness as a shape and a word as well as a colour (a ticked disc, a half disc, a dashed
 * ring), so it reads without colour. A plain span: the pane needs no badge component for three states.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useLanguage } from "../LanguageContext";
import type { ReadinessStatus } from "../readinessActions";

const useStyles = makeStyles({
  badge: {
    display: "inline-flex",
    alignItems: "center",
    flexShrink: 0,
    columnGap: tokens.spacingHorizontalXXS,
    paddingInline: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  ready: {
    color: tokens.colorStatusSuccessForeground1,
    backgroundColor: tokens.colorStatusSuccessBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusSuccessBorder1}`,
  },
  incomplete: {
    color: tokens.colorStatusWarningForeground1,
    backgroundColor: tokens.colorStatusWarningBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
  },
  missing: {
    color: tokens.colorStatusDangerForeground1,
    backgroundColor: tokens.colorStatusDangerBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder1}`,
  },
  icon: { width: "12px", height: "12px" },
});

function StatusShape({ status }: { readonly status: ReadinessStatus }) {
  switch (status) {
    case "ready":
      return (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path
            d="M4.8 8.3l2.2 2.2 4.2-4.6"
            fill="none"
            stroke="#fff"
            strokeWidth="1.8"
            strokeLinecap="round"
          />
        </>
      );
    case "incomplete":
      return (
        <>
          <circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M8 1.8a6.2 6.2 0 0 0 0 12.4z" fill="currentColor" />
        </>
      );
    case "missing":
      return (
        <circle
          cx="8"
          cy="8"
          r="6.2"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeDasharray="2.4 2.1"
        />
      );
  }
}

export function ReadinessStatusBadge({ status }: { readonly status: ReadinessStatus }) {
  const styles = useStyles();
  const { t } = useLanguage();
  return (
    <span className={mergeClasses(styles.badge, styles[status])}>
      <svg className={styles.icon} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <StatusShape status={status} />
      </svg>
      {t(`app.readiness.status.${status}`)}
    </span>
  );
}
