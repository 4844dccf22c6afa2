/**
 * The SoA panel: generating or refreshing the Statement of Applicability (适用性声明) by the same operation
 * as `isms soa`. A preview first — the sheet and the version it will become, the counts, the newly
 * applicable controls, what a person should decide (conflicts, orphans, exclusions without a
 * justification, 2013 merges to review, each going to its cell where it has one) — then the preview is
 * written as shown, or discarded.
 */
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef } from "react";
import type { SoaPanelState } from "../hooks/useSoaPanel";
import { useLanguage } from "../LanguageContext";
import type { SoaFindingView, SoaPreviewView } from "../soaActions";
import { ErrorBar } from "./ErrorBar";
import { PanelSection } from "./PanelSection";
import { usePanelStyles } from "./panelStyles";
import { SeverityIcon } from "./SeverityIcon";

const SELECT_HINT_ID = "isms-soa-select-hint";
/** Newly applicable controls listed by id before "+N more". */
const IDS_SHOWN = 20;
/** A long list of findings is cut here: the SoA sheet shows every control. */
const FINDINGS_SHOWN = 50;

const useStyles = makeStyles({
  text: { overflowWrap: "anywhere", margin: 0, minWidth: 0 },
  block: { display: "grid", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: {
    margin: 0,
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    overflowWrap: "anywhere",
    minWidth: 0,
  },
  counts: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", rowGap: tokens.spacingVerticalXXS },
  finding: {
    display: "grid",
    rowGap: tokens.spacingVerticalXXS,
    justifyItems: "start",
    width: "100%",
    minWidth: 0,
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
  },
  place: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
});

/** One finding: a button to its cell when its control has a row, else the same words as plain text. */
function FindingRow({
  finding,
  onSelect,
}: {
  readonly finding: SoaFindingView;
  readonly onSelect: (finding: SoaFindingView) => void;
}) {
  const styles = useStyles();
  const content = (
    <>
      <span className={styles.place}>
        <Text weight="semibold">{finding.controlId}</Text>
        {finding.sheet !== undefined && finding.cell !== undefined && (
          <Text className={styles.text}>
            {finding.sheet}!{finding.cell}
          </Text>
        )}
      </span>
      <Text className={styles.text}>{finding.message}</Text>
    </>
  );
  if (finding.sheet === undefined || finding.cell === undefined)
    return <div className={styles.finding}>{content}</div>;
  return (
    <Button
      appearance="subtle"
      className={styles.finding}
      aria-describedby={SELECT_HINT_ID}
      onClick={() => onSelect(finding)}
    >
      {content}
    </Button>
  );
}

function FindingGroup({
  id,
  title,
  findings,
  onSelect,
}: {
  readonly id: string;
  readonly title: string;
  readonly findings: readonly SoaFindingView[];
  readonly onSelect: (finding: SoaFindingView) => void;
}) {
  const styles = useStyles();
  const { t } = useLanguage();
  if (findings.length === 0) return null;
  return (
    <div className={styles.block}>
      <Text as="h4" weight="semibold" className={styles.heading} id={id}>
        <SeverityIcon severity="warning" />
        {title}
      </Text>
      <ul className={styles.list} aria-labelledby={id}>
        {findings.slice(0, FINDINGS_SHOWN).map((finding) => (
          <li key={finding.controlId}>
            <FindingRow finding={finding} onSelect={onSelect} />
          </li>
        ))}
        {findings.length > FINDINGS_SHOWN && (
          <li>
            <Text>{t("app.soa.more", { count: findings.length - FINDINGS_SHOWN })}</Text>
          </li>
        )}
      </ul>
    </div>
  );
}

function Counts({ preview }: { readonly preview: SoaPreviewView }) {
  const styles = useStyles();
  const { t } = useLanguage();
  const { counts } = preview;
  const { byStatus } = counts;
  return (
    <div className={styles.block}>
      <Text as="h4" weight="semibold" className={styles.heading} id="isms-soa-applicability">
        {t("app.soa.applicability")}
      </Text>
      <ul className={styles.counts} aria-labelledby="isms-soa-applicability">
        <li>{t("app.soa.applicable", { count: counts.applicable })}</li>
        <li>{t("app.soa.excluded", { count: counts.excluded })}</li>
        <li>{t("app.soa.undecided", { count: counts.undecided })}</li>
      </ul>
      <Text as="h4" weight="semibold" className={styles.heading} id="isms-soa-status">
        {t("app.soa.byStatus")}
      </Text>
      <ul className={styles.counts} aria-labelledby="isms-soa-status">
        <li>{t("app.soa.statuses.implemented", { count: byStatus.implemented })}</li>
        <li>{t("app.soa.statuses.partial", { count: byStatus.partial })}</li>
        <li>{t("app.soa.statuses.planned", { count: byStatus.planned })}</li>
        <li>{t("app.soa.statuses.notImplemented", { count: byStatus.notImplemented })}</li>
        <li>{t("app.soa.statuses.unset", { count: byStatus.unset })}</li>
      </ul>
    </div>
  );
}

function NewlyApplicable({ ids }: { readonly ids: readonly string[] }) {
  const styles = useStyles();
  const { t } = useLanguage();
  const rest = ids.length - IDS_SHOWN;
  return (
    <div className={styles.block}>
      <Text as="h4" weight="semibold" className={styles.heading}>
        {t("app.soa.newlyApplicable", { count: ids.length })}
      </Text>
      <Text as="p" className={styles.text}>
        {ids.length === 0
          ? t("app.soa.none")
          : ids.slice(0, IDS_SHOWN).join(t("app.soa.listSeparator")) +
            (rest > 0 ? ` ${t("app.soa.more", { count: rest })}` : "")}
      </Text>
    </div>
  );
}

function Preview({
  state,
  preview,
  onDone,
}: {
  readonly state: SoaPanelState;
  readonly preview: SoaPreviewView;
  /** Called once the preview is gone (applied or cancelled): focus goes back to the panel's first action. */
  readonly onDone: () => void;
}) {
  const styles = { ...usePanelStyles(), ...useStyles() };
  const { t } = useLanguage();
  const { busy } = state;
  const findings = [...preview.conflicts, ...preview.orphans, ...preview.missingJustifications];
  const jumps = findings.some((f) => f.sheet !== undefined && f.cell !== undefined);
  return (
    <PanelSection id="isms-soa-preview" title={t("app.soa.previewTitle")} level={3}>
      <Text as="p" className={styles.text}>
        {t(preview.mode === "refresh" ? "app.soa.refresh" : "app.soa.create", {
          sheet: preview.sheet,
          version: preview.version,
          standard: preview.standard,
        })}
      </Text>
      <Counts preview={preview} />
      <NewlyApplicable ids={preview.newlyApplicable} />
      {jumps && <Caption1 id={SELECT_HINT_ID}>{t("app.soa.selectHint")}</Caption1>}
      <FindingGroup
        id="isms-soa-conflicts"
        title={t("app.soa.conflicts", { count: preview.conflicts.length })}
        findings={preview.conflicts}
        onSelect={state.select}
      />
      <FindingGroup
        id="isms-soa-orphans"
        title={t("app.soa.orphans", { count: preview.orphans.length })}
        findings={preview.orphans}
        onSelect={state.select}
      />
      <FindingGroup
        id="isms-soa-justifications"
        title={t("app.soa.missingJustifications", { count: preview.missingJustifications.length })}
        findings={preview.missingJustifications}
        onSelect={state.select}
      />
      <FindingGroup
        id="isms-soa-reviews"
        title={t("app.soa.reviews", { count: preview.reviews.length })}
        findings={preview.reviews}
        onSelect={state.select}
      />
      <Text as="p" className={styles.text}>
        {preview.first ? t("app.soa.firstVersion") : t("app.soa.changes", { count: preview.changes })}
      </Text>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabledFocusable={busy}
          onClick={() => void state.apply().then((written) => written && onDone())}
        >
          {t("app.soa.apply")}
        </Button>
        <Button
          disabledFocusable={busy}
          onClick={() => {
            state.cancel();
            onDone();
          }}
        >
          {t("app.soa.cancel")}
        </Button>
      </div>
    </PanelSection>
  );
}

export function SoaPanel({ state }: { readonly state: SoaPanelState }) {
  const styles = { ...usePanelStyles(), ...useStyles() };
  const { t } = useLanguage();
  const { preview, applied, busy } = state;
  const previewButton = useRef<HTMLButtonElement>(null);

  return (
    <div className={styles.panel}>
      <PanelSection id="isms-soa-title" title={t("app.soa.title")}>
        <Caption1>{t("app.soa.intro")}</Caption1>
        <div className={styles.actions}>
          {/* Focusable while busy: a preview never throws the keyboard's focus out of the panel. */}
          <Button
            ref={previewButton}
            appearance="primary"
            disabledFocusable={busy}
            onClick={() => void state.showPreview()}
          >
            {preview ? t("app.soa.previewAgain") : t("app.soa.preview")}
          </Button>
        </div>
        {busy && !preview && <Spinner size="tiny" label={t("app.soa.previewing")} />}
        {applied && (
          <MessageBar layout="multiline" intent="success">
            <MessageBarBody>
              {t(applied.mode === "refresh" ? "app.soa.refreshed" : "app.soa.created", {
                sheet: applied.sheet,
                version: applied.version,
              })}
            </MessageBarBody>
          </MessageBar>
        )}
      </PanelSection>
      {preview && <Preview state={state} preview={preview} onDone={() => previewButton.current?.focus()} />}
      {state.error && <ErrorBar error={state.error} />}
    </div>
  );
}
