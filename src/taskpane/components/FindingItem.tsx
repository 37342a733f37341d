import { createFocusOutlineStyle, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import type { ListedFinding } from '../filter';
import type { TaskpaneStrings } from '../strings';

export interface FindingItemProps {
  t: TaskpaneStrings;
  item: ListedFinding;
  /** Activates the sheet and selects the cell (the host does it). */
  onSelectCell: (sheet: string, cell: string) => void;
}

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    boxSizing: 'border-box',
    textAlign: 'start',
    ...shorthands.padding(tokens.spacingVerticalXS, tokens.spacingHorizontalS),
    ...shorthands.borderRadius(tokens.borderRadiusMedium),
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
    overflowWrap: 'anywhere',
  },
  button: {
    backgroundColor: tokens.colorTransparentBackground,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorTransparentStroke),
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed },
  },
  focus: createFocusOutlineStyle(),
  head: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  rule: { fontWeight: tokens.fontWeightSemibold },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  where: { color: tokens.colorBrandForegroundLink },
});

/**
 * One finding: the rule's short name and sheet!cell, the sentence, then the code in small type (issue 11). A finding on a cell or sheet is a button that takes the user
 * there; a workbook-wide finding is plain text.
 */
export function FindingItem({ t, item, onSelectCell }: FindingItemProps) {
  const styles = useStyles();
  const f = item.finding;
  const where = f.sheet ? (f.cell ? `${f.sheet}!${f.cell}` : f.sheet) : t.workbookWide;
  const content = (
    <>
      <span className={styles.head}>
        <span className={styles.rule}>{item.rule}</span>
        <span className={f.sheet ? styles.where : undefined}>{where}</span>
      </span>
      <span>{item.message}</span>
      <span className={styles.code}>{f.code}</span>
    </>
  );
  if (!f.sheet)
    return (
      <div className={styles.item} data-testid="finding">
        {content}
      </div>
    );
  // A sheet-wide finding (no cell) selects A1 so that its sheet comes to the front.
  const cell = f.cell ? f.cell : 'A1';
  return (
    <button
      type="button"
      className={mergeClasses(styles.item, styles.button, styles.focus)}
      onClick={() => onSelectCell(f.sheet, cell)}
      title={t.goToCell(f.sheet, cell)}
      data-testid="finding"
    >
      {content}
    </button>
  );
}
