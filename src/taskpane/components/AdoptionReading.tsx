/**
 * The reading of a client's workbook, once made: what was found (records and the register's method), how
 * each sheet was read (for the person to correct), what is wrong with it, and what the write adds. A
 * chunk of its own, fetched when the person asks for a reading, so the panel's first render stays small.
 */
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { METHOD_IDS, type MethodId } from "../../domain/methodology/types";
import type { AdoptionCounts, AdoptionView } from "../adoptActions";
import type { AdoptState } from "../hooks/useAdoptWorkbook";
import { useLanguage } from "../LanguageContext";
import { AdoptionProblems } from "./AdoptionProblems";
import { PanelSection } from "./PanelSection";
import { usePanelStyles } from "./panelStyles";
import { SheetReadingList } from "./SheetReadingList";

const COUNTED: readonly (keyof AdoptionCounts)[] = ["risks", "treatments", "assets", "soa", "gap"];

const useStyles = makeStyles({
  counts: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
  },
  writes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

/** What was found: the records of each kind, and the method the register is rated by. */
function Found({
  view,
  onMethod,
}: {
  readonly view: AdoptionView;
  readonly onMethod: (m: MethodId) => void;
}) {
  const styles = { ...usePanelStyles(), ...useStyles() };
  const { t } = useLanguage();
  return (
    <PanelSection id="isms-adopt-found" title={t("app.adopt.foundTitle")} level={3}>
      <ul className={styles.counts}>
        {COUNTED.map((kind) => (
          <li key={kind}>
            {t(`app.adopt.counts.${kind}`)} <Text weight="semibold">{view.counts[kind]}</Text>
          </li>
        ))}
      </ul>
      <Field
        label={t("app.adopt.method")}
        hint={t(view.methodInferred ? "app.adopt.methodInferred" : "app.adopt.methodChosen")}
      >
        <Select
          className={styles.select}
          value={view.method}
          onChange={(_, d) => {
            const method = METHOD_IDS.find((id) => id === d.value);
            if (method && method !== view.method) onMethod(method);
          }}
        >
          {METHOD_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`functions.methods.${id}`)}
            </option>
          ))}
        </Select>
      </Field>
    </PanelSection>
  );
}

/** What the write adds, and the buttons that write it or put the reading away. */
function Writes({ view, state }: { readonly view: AdoptionView; readonly state: AdoptState }) {
  const styles = { ...usePanelStyles(), ...useStyles() };
  const { t } = useLanguage();
  const readable = view.sheets.some((sheet) => sheet.role !== "none");
  return (
    <>
      {readable ? (
        <>
          <Text weight="semibold">{t("app.adopt.writesTitle")}</Text>
          <ul className={styles.writes}>
            {view.writes.map((sheet) => (
              <li key={sheet.key}>
                {sheet.renamedFrom === undefined
                  ? t("app.adopt.writes", { name: sheet.name, rows: sheet.rows })
                  : t("app.adopt.writesRenamed", {
                      name: sheet.name,
                      rows: sheet.rows,
                      from: sheet.renamedFrom,
                    })}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>{t("app.adopt.nothingRead")}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={state.busy || !readable} onClick={() => void state.write()}>
          {t("app.adopt.write")}
        </Button>
        <Button disabled={state.busy} onClick={state.cancel}>
          {t("app.adopt.cancel")}
        </Button>
      </div>
    </>
  );
}

export function AdoptionReading({
  view,
  state,
}: {
  readonly view: AdoptionView;
  readonly state: AdoptState;
}) {
  const { t } = useLanguage();
  return (
    <>
      <Found view={view} onMethod={state.setMethod} />
      <PanelSection id="isms-adopt-sheets" title={t("app.adopt.sheetsTitle")} level={3}>
        <SheetReadingList
          sheets={view.sheets}
          roles={view.roles}
          columnKeys={view.columnKeys}
          onRoleChange={state.chooseRole}
          onColumnChange={state.chooseColumn}
        />
      </PanelSection>
      <PanelSection id="isms-adopt-problems" title={t("app.adopt.problemsTitle")} level={3}>
        <AdoptionProblems problems={view.problems} />
      </PanelSection>
      <Writes view={view} state={state} />
    </>
  );
}
