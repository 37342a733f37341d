import { createFocusOutlineStyle, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import { canIgnore, helpHref, type Lang, type UiStrings } from '../../core';
import type { ListedFinding } from '../filter';
import type { TaskpaneStrings } from '../strings';
import { FindingItem } from './FindingItem';
import { basisAndIgnore, IgnoreAction } from './IgnoreAction';
import { RuleBasis } from './RuleBasis';

export interface FindingEntryProps {
  t: TaskpaneStrings;
  ui: UiStrings;
  lang: Lang;
  /** The findings of one cause (one group), the first shown in full. */
  items: readonly ListedFinding[];
  onSelectCell: (sheet: string, cell: string) => void;
  /** 「忽略」 with a reason: sets every finding of the entry aside; absent where the host cannot keep ignores. */
  onIgnore?: (items: readonly ListedFinding[], reason: string) => void;
  busy?: boolean;
}

const useStyles = makeStyles({
  entry: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  places: { fontSize: tokens.fontSizeBase200, paddingLeft: tokens.spacingHorizontalS },
  summary: { cursor: 'pointer', color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold, width: 'fit-content' },
  cells: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, margin: 0, padding: 0, listStyleType: 'none' },
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorBrandForegroundLink,
    cursor: 'pointer',
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    ...shorthands.borderRadius(tokens.borderRadiusSmall),
    ...shorthands.padding('0', tokens.spacingHorizontalXS),
  },
  focus: createFocusOutlineStyle(),
  foot: basisAndIgnore,
});

/** One entry per cause: the first finding, 「同一问题，共 N 处」 opening to every cell, the rule's 「依据」 and 「忽略」. */
export function FindingEntry({ t, ui, lang, items, onSelectCell, onIgnore, busy }: FindingEntryProps) {
  const styles = useStyles();
  const first = items[0];
  return (
    <div className={styles.entry} data-testid="finding-entry">
      <FindingItem t={t} item={first} onSelectCell={onSelectCell} />
      {items.length > 1 ? (
        <details className={styles.places} data-testid="finding-places">
          <summary className={styles.summary}>{ui.sameCause(items.length)}</summary>
          <ul className={styles.cells}>
            {items.map((it, i) => {
              const f = it.finding;
              const cell = f.cell || 'A1';
              return (
                <li key={`${f.cell}|${i}`}>
                  <button
                    type="button"
                    className={mergeClasses(styles.cell, styles.focus)}
                    title={`${t.goToCell(f.sheet, cell)}${f.expected ? ` · ${f.expected}` : ''}`}
                    onClick={() => onSelectCell(f.sheet, cell)}
                    disabled={!f.sheet}
                  >
                    {f.cell || f.sheet}
                  </button>
                </li>
              );
            })}
          </ul>
        </details>
      ) : null}
      <div className={styles.foot}>
        <RuleBasis ui={ui} explained={first.explained} helpHref={helpHref(first.finding.code, lang)} />
        {onIgnore && canIgnore(first.finding) ? (
          <IgnoreAction ui={ui} count={items.length} disabled={busy} onIgnore={(reason) => onIgnore(items, reason)} />
        ) : null}
      </div>
    </div>
  );
}
