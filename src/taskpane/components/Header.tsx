import { Caption1, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { useLanguage } from "../LanguageContext";

const useStyles = makeStyles({
  header: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}`,
    background: tokens.colorBrandBackground2,
  },
  title: { display: "block", margin: 0 },
});

export function Header() {
  const styles = useStyles();
  const { t } = useLanguage();
  return (
    <header className={styles.header}>
      <Title3 as="h1" className={styles.title}>
        {t("app.title")}
      </Title3>
      <Caption1>{t("app.tagline")}</Caption1>
    </header>
  );
}
