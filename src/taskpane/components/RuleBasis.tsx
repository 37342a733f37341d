import { Link, makeStyles, tokens } from '@fluentui/react-components';
import type { RuleExplained, UiStrings } from '../../core';

export interface RuleBasisProps {
  ui: UiStrings;
  explained: RuleExplained;
  /** The help page's anchor for this rule (help.html#CODE). */
  helpHref: string;
}

const useStyles = makeStyles({
  details: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, paddingLeft: tokens.spacingHorizontalS },
  summary: { cursor: 'pointer', color: tokens.colorBrandForegroundLink, width: 'fit-content' },
  quote: {
    margin: `${tokens.spacingVerticalXXS} 0`,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    overflowWrap: 'anywhere',
  },
  fix: { margin: 0, overflowWrap: 'anywhere' },
});

/** 「依据」: the plan's sentence for the finding's clause, how to fix it, and the rule on the help page. */
export function RuleBasis({ ui, explained, helpHref }: RuleBasisProps) {
  const styles = useStyles();
  return (
    <details className={styles.details} data-testid="rule-basis">
      <summary className={styles.summary}>{ui.basis}</summary>
      <p className={styles.quote}>
        {ui.basisClause(explained.clause)}
        {explained.quote}
      </p>
      <p className={styles.fix}>
        {ui.howToFix}
        {explained.fix}{' '}
        <Link href={helpHref} target="_blank" rel="noopener">
          {ui.helpLink}
        </Link>
      </p>
    </details>
  );
}
