import { makeStyles, SearchBox, Select, tokens } from '@fluentui/react-components';
import { SEVERITY_ORDER, type UiStrings } from '../../core';
import type { SeverityFilter } from '../filter';
import type { TaskpaneStrings } from '../strings';

export interface FindingFiltersProps {
  t: TaskpaneStrings;
  ui: UiStrings;
  severity: SeverityFilter;
  onSeverityChange: (value: SeverityFilter) => void;
  query: string;
  onQueryChange: (value: string) => void;
}

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  severity: { flexShrink: 0, width: '110px' },
  search: { flexGrow: 1, flexBasis: '150px', minWidth: 0, maxWidth: '100%' },
});

/** Severity choice and a text search over code, town and sheet. */
export function FindingFilters({ t, ui, severity, onSeverityChange, query, onQueryChange }: FindingFiltersProps) {
  const styles = useStyles();
  return (
    <div className={styles.row} role="search">
      <Select
        className={styles.severity}
        aria-label={t.filterSeverity}
        value={severity}
        onChange={(_, d) => onSeverityChange(d.value as SeverityFilter)}
        data-testid="filter-severity"
      >
        <option value="all">{ui.filterAll}</option>
        {SEVERITY_ORDER.map((s) => (
          <option key={s} value={s}>
            {ui.severity[s]}
          </option>
        ))}
      </Select>
      <SearchBox
        className={styles.search}
        aria-label={t.search}
        placeholder={t.searchPlaceholder}
        value={query}
        onChange={(_, d) => onQueryChange(d.value)}
        dismiss={{ 'aria-label': t.clearSearch } as Record<string, string>}
        data-testid="filter-text"
      />
    </div>
  );
}
