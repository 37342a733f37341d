import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { Severity, Summary, UiStrings } from '../../core';
import type { TaskpaneStrings } from '../strings';

export interface SummaryCountsProps {
  t: TaskpaneStrings;
  ui: UiStrings;
  summary: Summary;
}

const COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyleType: 'none' },
});

/** 错误 / 警告 / 提示 counts as badges. */
export function SummaryCounts({ t, ui, summary }: SummaryCountsProps) {
  const styles = useStyles();
  const counts: [Severity, number][] = [
    ['error', summary.errors],
    ['warning', summary.warnings],
    ['info', summary.infos],
  ];
  return (
    <ul className={styles.list} aria-label={t.summaryLabel} data-testid="summary">
      {counts.map(([severity, n]) => (
        <li key={severity}>
          <Badge
            size="large"
            shape="rounded"
            appearance={n ? 'filled' : 'outline'}
            color={n ? COLOR[severity] : 'informative'}
            data-testid={`count-${severity}`}
          >
            {ui.severity[severity]} {n}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
