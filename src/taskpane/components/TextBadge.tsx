/**
 * A short word in a tinted pill, as Fluent's tint badge draws it: the word says it, the colour only
 * repeats it. A plain span, so the pane needs no badge component.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  badge: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    flexShrink: 0,
    boxSizing: "border-box",
    borderRadius: tokens.borderRadiusCircular,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  medium: {
    minHeight: "20px",
    paddingInline: `calc(${tokens.spacingHorizontalXS} + ${tokens.spacingHorizontalXXS})`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  small: {
    minHeight: "16px",
    paddingInline: `calc(${tokens.spacingHorizontalXXS} + ${tokens.spacingHorizontalXXS})`,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
  },
  success: {
    color: tokens.colorPaletteGreenForeground1,
    backgroundColor: tokens.colorPaletteGreenBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder1}`,
  },
  warning: {
    color: tokens.colorPaletteYellowForeground1,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder1}`,
  },
  brand: {
    color: tokens.colorBrandForeground2,
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
  },
});

export interface TextBadgeProps {
  readonly tone: "success" | "warning" | "brand";
  readonly size?: "small" | "medium";
  readonly children: ReactNode;
}

export function TextBadge({ tone, size = "medium", children }: TextBadgeProps) {
  const styles = useStyles();
  return <span className={mergeClasses(styles.badge, styles[size], styles[tone])}>{children}</span>;
}
