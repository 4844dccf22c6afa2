/** Which ISMS sheets the workbook has, and which are missing. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useLanguage } from "../LanguageContext";
import { ISMS_SHEETS, type WorkbookStatus } from "../workbookActions";
import { TextBadge } from "./TextBadge";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", rowGap: tokens.spacingVerticalXS },
  item: {
    display: "flex",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  name: { overflow: "hidden", textOverflow: "ellipsis" },
});

export function SheetStatusList({ status }: { readonly status: WorkbookStatus }) {
  const styles = useStyles();
  const { t } = useLanguage();
  const names = new Map(status.present.map((sheet) => [sheet.key, sheet.name]));
  return (
    <ul className={styles.list}>
      {ISMS_SHEETS.map((key) => {
        const name = names.get(key);
        return (
          <li key={key} className={styles.item}>
            <span className={styles.name}>
              {t(`workbook.sheetNames.${key}`)}
              {name && name !== t(`workbook.sheetNames.${key}`) ? ` (${name})` : ""}
            </span>
            {name ? (
              <TextBadge tone="success">{t("app.workbook.present")}</TextBadge>
            ) : (
              <TextBadge tone="warning">{t("app.workbook.missing")}</TextBadge>
            )}
          </li>
        );
      })}
    </ul>
  );
}
