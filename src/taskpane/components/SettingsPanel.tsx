/** Settings: the pane's language (the workbook's own language is chosen when it is created). */
import { Radio, RadioGroup, Field } from "@fluentui/react-components";
import { LANGS, type Lang } from "../../i18n";
import { useLanguage } from "../LanguageContext";
import { version } from "../../version";

export function SettingsPanel() {
  const { t, lang, setLang } = useLanguage();
  return (
    <section>
      <Field label={t("app.language.label")}>
        <RadioGroup value={lang} onChange={(_, data) => setLang(data.value as Lang)}>
          {LANGS.map((code) => (
            <Radio
              key={code}
              value={code}
              label={t(code === "en" ? "app.language.en" : "app.language.zhCN")}
            />
          ))}
        </RadioGroup>
      </Field>
      <p>{t("app.version", { version })}</p>
    </section>
  );
}
