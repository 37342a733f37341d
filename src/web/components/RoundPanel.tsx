import { Button, makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { ArrowDownload20Regular, DocumentArrowDown20Regular, Print20Regular } from '@fluentui/react-icons';
import { formatFinding, roundUi, ui, type Finding, type Lang, type Profile } from '../../core';

export interface RoundPanelProps {
  lang: Lang;
  /** Files checked (readable or not); the cross-file list shows from two readable files on. */
  files: number;
  readable: number;
  round: readonly Finding[];
  profile: Profile;
  busy: boolean;
  onSummary: () => void;
  onAll: () => void;
  onPrint: () => void;
}

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  tools: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** The round: 下载汇总, 全部下载, 打印报告, and the cross-file findings (ROUND-CONFLICT, ROUND-POOL). */
export function RoundPanel({ lang, files, readable, round, profile, busy, onSummary, onAll, onPrint }: RoundPanelProps) {
  const styles = useStyles();
  const t = ui(lang);
  const r = roundUi(lang);
  return (
    <section aria-label={r.roundHeading} className={`${styles.panel} bf-noprint`} data-testid="round-panel">
      <div className={styles.tools}>
        <Button appearance="primary" icon={<DocumentArrowDown20Regular />} disabled={busy || files === 0} onClick={onSummary}>
          {r.downloadSummary}
        </Button>
        <Button icon={<ArrowDownload20Regular />} disabled={busy || files === 0} onClick={onAll}>
          {r.downloadAll}
        </Button>
        <Button icon={<Print20Regular />} onClick={onPrint}>
          {r.printReport}
        </Button>
      </div>
      {readable >= 2 ? (
        <>
          <Title3 as="h2">{r.roundHeading}</Title3>
          {round.length ? (
            <ul className={styles.list} data-testid="round-findings">
              {round.map((f, i) => (
                <li key={i}>
                  <Text weight="semibold">{`[${t.severity[f.severity]}] ${f.code} `}</Text>
                  <span className="bf-wrap">
                    <Text>{formatFinding(f, lang, profile)}</Text>
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <Text data-testid="round-none">{r.roundNone}</Text>
          )}
        </>
      ) : null}
    </section>
  );
}
