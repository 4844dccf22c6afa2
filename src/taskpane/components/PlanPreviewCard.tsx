/** What a create will write, shown before anything changes; conflicts offer "write beside", never overwrite. */
import {
  Button,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useLanguage } from "../LanguageContext";
import type { ConflictChoice, PlanPreview } from "../workbookActions";

const useStyles = makeStyles({
  // A card as Fluent draws one: a raised surface, its border seen only in high-contrast modes.
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow4,
  },
  title: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface PlanPreviewCardProps {
  readonly preview: PlanPreview;
  readonly busy: boolean;
  readonly onConfirm: (choice: ConflictChoice) => void;
  readonly onCancel: () => void;
}

export function PlanPreviewCard({ preview, busy, onConfirm, onCancel }: PlanPreviewCardProps) {
  const styles = useStyles();
  const { t } = useLanguage();
  const titleId = useId("isms-plan-preview");
  const conflicted = preview.conflicts.length > 0;
  return (
    <section className={styles.card} aria-labelledby={titleId}>
      <Text as="h3" id={titleId} weight="semibold" className={styles.title}>
        {t("app.workbook.previewTitle")}
      </Text>
      <ul className={styles.list}>
        {preview.sheets.map((sheet) => (
          <li key={sheet.key}>
            {sheet.name} — {t("app.workbook.rows", { rows: sheet.rows })}
          </li>
        ))}
      </ul>
      {conflicted && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>
            {t("app.workbook.conflicts", { names: preview.conflicts.join(", ") })}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy}
          onClick={() => onConfirm(conflicted ? "beside" : "stop")}
        >
          {conflicted ? t("app.workbook.writeBeside") : t("app.workbook.confirm")}
        </Button>
        <Button disabled={busy} onClick={onCancel}>
          {t("app.workbook.cancel")}
        </Button>
      </div>
    </section>
  );
}
