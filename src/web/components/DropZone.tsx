import { useRef, useState } from 'react';
import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { ArrowUpload24Regular } from '@fluentui/react-icons';
import type { UiStrings } from '../../core';

export interface DropZoneProps {
  t: UiStrings;
  onFiles: (files: File[]) => void;
}

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'center',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalXXL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  active: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  input: { display: 'none' },
});

/** What the file dialog offers: the workbooks it reads, and the spreadsheets towns also send (each gets a card saying what to do). */
const ACCEPT =
  '.xlsx,.xlsm,.xls,.et,.csv,.xlsb,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,text/csv';

/** A drop area that is also a keyboard-reachable button opening the file chooser. */
export function DropZone({ t, onFiles }: DropZoneProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = (list: FileList | null) => {
    // Every chosen file gets a card, as a dropped one does: an .xls, .et, .csv or .xlsb says what to do (issue 12).
    const files = Array.from(list ?? []);
    if (files.length) onFiles(files);
  };
  return (
    <div
      className={mergeClasses(styles.zone, over && styles.active)}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer.files);
      }}
      data-testid="dropzone"
    >
      <Text>{t.dropHere}</Text>
      <Button appearance="primary" icon={<ArrowUpload24Regular />} onClick={() => input.current?.click()}>
        {t.chooseFiles}
      </Button>
      <input
        ref={input}
        className={styles.input}
        type="file"
        multiple
        accept={ACCEPT}
        aria-label={t.chooseFiles}
        data-testid="file-input"
        onChange={(e) => {
          take(e.target.files);
          e.target.value = '';
        }}
      />
    </div>
  );
}
