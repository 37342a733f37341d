import {
  Badge,
  Button,
  Card,
  CardHeader,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownload20Regular, Dismiss20Regular } from '@fluentui/react-icons';
import type { UiStrings } from '../../core';
import type { FileEntry } from '../state';
import { RecognitionDetails } from './RecognitionDetails';

export interface FileCardProps {
  t: UiStrings;
  entry: FileEntry;
  onDownload: (entry: FileEntry) => void;
  onDownloadCsv: (entry: FileEntry) => void;
  onRemove: (entry: FileEntry) => void;
}

const useStyles = makeStyles({
  card: { width: '100%' },
  counts: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** One checked file: its counts, which rules were used, what the result workbook keeps, and downloads. */
export function FileCard({ t, entry, onDownload, onDownloadCsv, onRemove }: FileCardProps) {
  const styles = useStyles();
  const r = entry.result;
  const step = entry.step === 'reading' ? t.stepReading : entry.step === 'checking' ? t.stepChecking : t.stepResult;
  return (
    <Card className={styles.card} data-testid="file-card">
      <CardHeader
        header={<Text weight="semibold">{entry.name}</Text>}
        action={
          <Button
            appearance="subtle"
            icon={<Dismiss20Regular />}
            aria-label={`${t.removeFile} ${entry.name}`}
            onClick={() => onRemove(entry)}
          />
        }
      />
      {!r && !entry.error ? (
        <div role="status" aria-live="polite">
          <Text size={200}>{t.processing(entry.name, step)}</Text>
          <ProgressBar value={entry.step === 'reading' ? 0.2 : entry.step === 'checking' ? 0.5 : 0.85} />
        </div>
      ) : null}
      {entry.error ? (
        <MessageBar intent="error">
          <MessageBarBody>{t.workerFailed(entry.error)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {r ? (
        <>
          <div className={styles.counts} data-testid="file-summary">
            {r.summary.errors + r.summary.warnings + r.summary.infos === 0 ? (
              <Badge color="success">{t.noProblems}</Badge>
            ) : (
              <>
                <Badge color="danger">{`${t.severity.error} ${r.summary.errors}`}</Badge>
                <Badge color="warning">{`${t.severity.warning} ${r.summary.warnings}`}</Badge>
                <Badge color="informative">{`${t.severity.info} ${r.summary.infos}`}</Badge>
              </>
            )}
            {r.summary.ignored ? (
              <Badge appearance="outline" color="informative" data-testid="file-ignored">
                {t.ignoredHeading(r.summary.ignored)}
              </Badge>
            ) : null}
            <Text size={200}>{t.profileUsed(entry.profileName ?? r.profile, entry.profileSource ?? 'default')}</Text>
          </div>
          {r.recognition ? <RecognitionDetails t={t} recognition={r.recognition} /> : null}
          {entry.workbook ? <Text size={200}>{entry.mode === 'copy' ? t.resultKept : t.resultNew(entry.reason ?? '')}</Text> : null}
          <div className={styles.actions}>
            <Button appearance="primary" icon={<ArrowDownload20Regular />} disabled={!entry.workbook} onClick={() => onDownload(entry)}>
              {t.downloadResult}
            </Button>
            <Button icon={<ArrowDownload20Regular />} onClick={() => onDownloadCsv(entry)}>
              {t.downloadCsv}
            </Button>
          </div>
        </>
      ) : null}
    </Card>
  );
}
