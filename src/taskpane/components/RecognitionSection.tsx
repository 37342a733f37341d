import { useMemo } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1Strong,
  Caption1,
  Link,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { describeRecognition, type Lang, type Profile, type Recognition, type UiStrings } from '../../core';

export interface RecognitionSectionProps {
  ui: UiStrings;
  lang: Lang;
  recognition: Recognition;
  profile?: Pick<Profile, 'county' | 'city' | 'countyEn' | 'cityEn'>;
  /** Jumps to a sheet's header (its first cell). */
  onSelectCell: (sheet: string, cell: string) => void;
}

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  sheet: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  unread: { color: tokens.colorPaletteDarkOrangeForeground1 },
  detail: { color: tokens.colorNeutralForeground2 },
});

/** 识别情况: what each sheet of the checked workbook was read as, so that a clean result is never a silent pass. */
export function RecognitionSection({ ui, lang, recognition, profile, onSelectCell }: RecognitionSectionProps) {
  const styles = useStyles();
  const d = useMemo(() => describeRecognition(recognition, lang, profile), [recognition, lang, profile]);
  const unread = d.sheets.filter((s) => !s.recognised).length;
  return (
    <Accordion collapsible data-testid="recognition">
      <AccordionItem value="recognition">
        <AccordionHeader as="h2" size="small">
          {ui.recogTitle(ui.recogCount(d.sheets.length, unread))}
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Caption1 data-testid="recognition-scope">{d.scope}</Caption1>
          <ul className={styles.list}>
            {d.sheets.map((s, i) => {
              const header = recognition.sheets[i].header;
              return (
                <li key={s.sheet} className={styles.sheet} data-testid="recognition-sheet">
                  <Body1Strong className={s.recognised ? undefined : styles.unread}>{ui.recogSheetTitle(s.sheet, s.as)}</Body1Strong>
                  {s.facts ? <Caption1>{s.facts}</Caption1> : null}
                  {s.columns ? <Caption1 className={styles.detail}>{s.columns}</Caption1> : null}
                  {s.skipped.map((k) => (
                    <Caption1 key={k} className={styles.detail}>
                      {k}
                    </Caption1>
                  ))}
                  {header ? (
                    <Link as="button" inline onClick={() => onSelectCell(s.sheet, header.split(':')[0])}>
                      {`${ui.recogShowSheet} ${header}`}
                    </Link>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
