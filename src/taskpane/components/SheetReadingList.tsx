/**
 * Every sheet of the workbook as read: the role it is read as (the person may correct it), its header row
 * and records, or why it was not read; and, folded away, each column of its header with the key it is read
 * as (also correctable). Data and callbacks in; nothing here reads the workbook.
 */
import { Caption1, Field, Label, Select, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { Lang, Translate } from "../../i18n";
import type { ColumnKeyOption, ColumnReading, SheetReading, SheetRole } from "../adoptActions";
import type { DataSheetKey } from "../../workbook/schema";
import { useLanguage } from "../LanguageContext";
import { Disclosure } from "./Disclosure";
import { usePanelStyles } from "./panelStyles";
import { TextBadge } from "./TextBadge";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", rowGap: tokens.spacingVerticalM },
  sheet: {
    display: "grid",
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
    paddingBlockStart: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  name: { overflowWrap: "anywhere", minWidth: 0 },
  skipped: { color: tokens.colorPaletteMarigoldForeground2 },
  columns: { listStyle: "none", margin: 0, padding: 0, display: "grid", rowGap: tokens.spacingVerticalS },
  panel: { marginInline: 0 },
});

export interface SheetReadingListProps {
  readonly sheets: readonly SheetReading[];
  /** The roles a sheet may be read as. */
  readonly roles: readonly DataSheetKey[];
  /** The keys a column may take, by the role of its sheet. */
  readonly columnKeys: Readonly<Record<DataSheetKey, readonly ColumnKeyOption[]>>;
  readonly onRoleChange: (sheet: string, role: SheetRole) => void;
  readonly onColumnChange: (sheet: string, index: number, key: string) => void;
}

const roleLabel = (t: Translate, role: SheetRole): string =>
  role === "none" ? t("app.adopt.notRead") : t(`workbook.sheetNames.${role}`);

/** A column key as the list names it: a treatment plan's column says so, since it shows once chosen. */
const keyLabel = (t: Translate, lang: Lang, option: ColumnKeyOption): string =>
  option.plan ? t("app.adopt.planColumn", { header: option.label[lang] }) : option.label[lang];

function ColumnChoice({
  column,
  options,
  onChange,
}: {
  readonly column: ColumnReading;
  readonly options: readonly ColumnKeyOption[];
  readonly onChange: (key: string) => void;
}) {
  const styles = usePanelStyles();
  const { t, lang } = useLanguage();
  const own = options.filter((o) => !o.plan);
  const plan = options.filter((o) => o.plan);
  // A key the list does not offer (none should be) is still shown as read, not as another key.
  const unlisted = column.key !== "none" && !options.some((o) => o.key === column.key);
  const label = t("app.adopt.columnLabel", {
    letter: column.letter,
    header: column.header || t("app.adopt.noHeader"),
  });
  const item = (o: ColumnKeyOption) => (
    <option key={o.key} value={o.key}>
      {keyLabel(t, lang, o)}
    </option>
  );
  return (
    <li>
      <Field label={label} size="small">
        <Select
          size="small"
          className={styles.select}
          value={column.key}
          onChange={(_, d) => d.value !== column.key && onChange(d.value)}
        >
          <option value="none">{t("app.adopt.notRead")}</option>
          {unlisted && <option value={column.key}>{column.key}</option>}
          {plan.length > 0 ? (
            <>
              <optgroup label={t("app.adopt.registerGroup")}>{own.map(item)}</optgroup>
              <optgroup label={t("app.adopt.planGroup")}>{plan.map(item)}</optgroup>
            </>
          ) : (
            own.map(item)
          )}
        </Select>
      </Field>
    </li>
  );
}

function SheetItem({
  sheet,
  roles,
  columnKeys,
  onRoleChange,
  onColumnChange,
}: Omit<SheetReadingListProps, "sheets"> & { readonly sheet: SheetReading }) {
  const styles = useStyles();
  const { select } = usePanelStyles();
  const { t } = useLanguage();
  const nameId = useId("isms-adopt-sheet");
  const roleId = useId("isms-adopt-role");
  const details = [
    sheet.headerRow === undefined
      ? null
      : sheet.headerRows === 2
        ? t("app.adopt.headerRows", { first: sheet.headerRow - 1, row: sheet.headerRow })
        : t("app.adopt.headerRow", { row: sheet.headerRow }),
    sheet.role === "none" ? null : t("app.adopt.records", { records: sheet.records }),
    sheet.alsoTreatments ? t("app.adopt.alsoTreatments") : null,
  ].filter((part): part is string => part !== null);
  const options = sheet.role === "none" ? [] : columnKeys[sheet.role];

  return (
    <li className={styles.sheet}>
      <div className={styles.title}>
        <Text id={nameId} weight="semibold" className={styles.name}>
          {sheet.name}
        </Text>
        {sheet.chosen && (
          <TextBadge tone="brand" size="small">
            {t("app.adopt.chosen")}
          </TextBadge>
        )}
      </div>
      <Label id={roleId} size="small">
        {t("app.adopt.readAs")}
      </Label>
      <Select
        size="small"
        className={select}
        aria-labelledby={`${nameId} ${roleId}`}
        value={sheet.role}
        onChange={(_, d) => {
          const role = d.value === "none" ? "none" : roles.find((r) => r === d.value);
          if (role && role !== sheet.role) onRoleChange(sheet.name, role);
        }}
      >
        {roles.map((role) => (
          <option key={role} value={role}>
            {roleLabel(t, role)}
          </option>
        ))}
        <option value="none">{t("app.adopt.notRead")}</option>
      </Select>
      {details.length > 0 && <Caption1>{details.join(" · ")}</Caption1>}
      {sheet.skipped && (
        <Caption1 className={styles.skipped}>{t(`app.adopt.skipped.${sheet.skipped}`)}</Caption1>
      )}
      {sheet.columns.length > 0 && (
        <Disclosure
          label={t("app.adopt.columns", { count: sheet.columns.length })}
          describedBy={nameId}
          className={styles.panel}
        >
          <ul className={styles.columns}>
            {sheet.columns.map((column) => (
              <ColumnChoice
                key={column.index}
                column={column}
                options={options}
                onChange={(key) => onColumnChange(sheet.name, column.index, key)}
              />
            ))}
          </ul>
        </Disclosure>
      )}
    </li>
  );
}

export function SheetReadingList({ sheets, ...rest }: SheetReadingListProps) {
  const styles = useStyles();
  const { t } = useLanguage();
  return (
    <ul className={styles.list} aria-label={t("app.adopt.sheetsLabel")}>
      {sheets.map((sheet) => (
        <SheetItem key={sheet.name} sheet={sheet} {...rest} />
      ))}
    </ul>
  );
}
