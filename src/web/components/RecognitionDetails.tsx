import { useMemo } from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { describeRecognition, type Recognition, type UiStrings } from '../../core';

export interface RecognitionDetailsProps {
  t: UiStrings;
  recognition: Recognition;
}

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  sheets: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'minmax(0, max-content) minmax(0, 1fr)',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
  },
  entry: { display: 'contents' },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  about: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  kind: { height: 'auto', minHeight: '20px', whiteSpace: 'normal', textAlign: 'start' },
  detail: { color: tokens.colorNeutralForeground2 },
});

/** 识别情况 of one file on the page: the scope, then each sheet with what it was read as, its facts, columns and skipped rows. */
export function RecognitionDetails({ t, recognition }: RecognitionDetailsProps) {
  const styles = useStyles();
  const d = useMemo(() => describeRecognition(recognition, t.recogLang), [recognition, t]);
  const unread = d.sheets.filter((s) => !s.recognised).length;
  return (
    <Accordion collapsible data-testid="recognition">
      <AccordionItem value="recognition">
        <AccordionHeader as="h3" size="small">
          {t.recogTitle(t.recogCount(d.sheets.length, unread))}
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Text size={200} data-testid="recognition-scope">
            {d.scope}
          </Text>
          <dl className={styles.sheets}>
            {d.sheets.map((s) => (
              <div key={s.sheet} className={styles.entry} data-testid="recognition-sheet">
                <dt className={styles.name}>{s.sheet}</dt>
                <dd className={styles.about}>
                  <span>
                    <Badge appearance="tint" color={s.recognised ? 'brand' : 'warning'} className={styles.kind}>
                      {s.as}
                    </Badge>
                  </span>
                  {s.facts ? <Text size={200}>{s.facts}</Text> : null}
                  {[s.columns, ...s.skipped].filter(Boolean).map((line) => (
                    <Text key={line} size={200} className={styles.detail}>
                      {line}
                    </Text>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
