import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { collectGroups, type Lang, type UiStrings } from '../../core';
import type { ListedFinding, SeverityGroup } from '../filter';
import type { TaskpaneStrings } from '../strings';
import { FindingEntry } from './FindingEntry';

export interface FindingsListProps {
  t: TaskpaneStrings;
  ui: UiStrings;
  groups: readonly SeverityGroup[];
  /** Findings that pass the filter, and how many of them are listed (the pane lists a bounded number). */
  matched: number;
  listed: number;
  onSelectCell: (sheet: string, cell: string) => void;
  lang?: Lang;
  /** 「忽略」 on an entry (FindingEntry); absent where ignores cannot be kept. */
  onIgnore?: (items: readonly ListedFinding[], reason: string) => void;
  busy?: boolean;
}

const useStyles = makeStyles({
  sheet: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, marginBottom: tokens.spacingVerticalS },
  sheetHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    paddingLeft: tokens.spacingHorizontalS,
    overflowWrap: 'anywhere',
  },
  list: { margin: 0, padding: 0, listStyleType: 'none' },
  panel: { marginLeft: 0, marginRight: 0 },
  note: { color: tokens.colorNeutralForeground2 },
});

/**
 * Findings grouped by severity (accordion sections, open at first) and, within each, by sheet; on a sheet, one entry
 * per cause. Every count is of findings (cells), so the headings agree with the summary.
 */
export function FindingsList({ t, ui, groups, matched, listed, onSelectCell, lang = 'zh-CN', onIgnore, busy }: FindingsListProps) {
  const styles = useStyles();
  if (matched === 0) return <Caption1 className={styles.note}>{t.noMatch}</Caption1>;
  return (
    <>
      <Accordion multiple collapsible defaultOpenItems={groups.map((g) => g.severity)} data-testid="findings">
        {groups.map((g) => (
          <AccordionItem key={g.severity} value={g.severity}>
            <AccordionHeader as="h3" size="small">
              {t.withCount(ui.severity[g.severity], g.count)}
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              {g.sheets.map((s) => (
                <div key={s.sheet} className={styles.sheet}>
                  <h4 className={styles.sheetHeading}>{t.withCount(s.sheet || t.workbookWide, s.count)}</h4>
                  <ul className={styles.list}>
                    {collectGroups(s.items).map((e) => (
                      <li key={e.group}>
                        <FindingEntry
                          t={t}
                          ui={ui}
                          lang={lang}
                          items={e.items}
                          onSelectCell={onSelectCell}
                          onIgnore={onIgnore}
                          busy={busy}
                        />
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      {matched > listed ? <Caption1 className={styles.note}>{t.moreInSheet(matched - listed, ui.issuesSheet)}</Caption1> : null}
    </>
  );
}
