/** A titled section of a panel: the heading names the section for screen readers (aria-labelledby). */
import { Subtitle2 } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { usePanelStyles } from "./panelStyles";

export interface PanelSectionProps {
  /** Id of the heading, unique in the pane. */
  readonly id: string;
  readonly title: string;
  /** h2 for a panel's main sections, h3 for those below them. */
  readonly level?: 2 | 3;
  readonly children: ReactNode;
}

export function PanelSection({ id, title, level = 2, children }: PanelSectionProps) {
  const styles = usePanelStyles();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Subtitle2 as={level === 2 ? "h2" : "h3"} id={id}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}
