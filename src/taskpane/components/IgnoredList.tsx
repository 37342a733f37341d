import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { collectGroups, type UiStrings } from '../../core';
import type { ListedFinding } from '../filter';
import type { TaskpaneStrings } from '../strings';
import { FindingItem } from './FindingItem';

export interface IgnoredListProps {
  t: TaskpaneStrings;
  ui: UiStrings;
  /** The ignored findings, in the report's order. */
  items: readonly ListedFinding[];
  /** Most entries shown (the 校验问题 sheet lists all of them). */
  limit: number;
  busy?: boolean;
  onSelectCell: (sheet: string, cell: string) => void;
  /** 恢复: the entry's findings count again. */
  onRestore?: (items: readonly ListedFinding[]) => void;
}

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  entry: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  detail: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    paddingLeft: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
  },
  reason: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere', minWidth: 0 },
  note: { color: tokens.colorNeutralForeground2 },
  panel: { marginLeft: 0, marginRight: 0 },
});

/** 已忽略（N）: the findings set aside, closed at first, each entry with its reason and 「恢复」; counted apart from the severities. */
export function IgnoredList({ t, ui, items, limit, busy, onSelectCell, onRestore }: IgnoredListProps) {
  const styles = useStyles();
  if (items.length === 0) return null;
  // One entry per cause and reason: cells of one group ignored one by one may carry different reasons.
  const entries = collectGroups(items.map((i) => (i.group ? { ...i, group: `${i.group}|${i.finding.ignored?.reason ?? ''}` } : i)));
  return (
    <Accordion collapsible data-testid="ignored">
      <AccordionItem value="ignored">
        <AccordionHeader as="h3" size="small" data-testid="ignored-heading">
          {ui.ignoredHeading(items.length)}
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Caption1 className={styles.note}>{ui.ignoredNote}</Caption1>
          <ul className={styles.list}>
            {entries.slice(0, limit).map((e) => (
              <li key={e.group} className={styles.entry} data-testid="ignored-entry">
                <FindingItem t={t} item={e.items[0]} onSelectCell={onSelectCell} />
                <div className={styles.detail}>
                  <span className={styles.reason}>
                    {e.items.length > 1 ? `${ui.sameCause(e.items.length)} · ` : ''}
                    {ui.ignoredBecause(e.items[0].finding.ignored?.reason ?? '')}
                  </span>
                  {onRestore ? (
                    <Button size="small" disabled={busy} onClick={() => onRestore(e.items)} data-testid="restore">
                      {ui.unignore}
                    </Button>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
          {entries.length > limit ? (
            <Caption1 className={styles.note}>{t.moreInSheet(entries.length - limit, ui.issuesSheet)}</Caption1>
          ) : null}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
