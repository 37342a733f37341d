import { Button, Card, CardHeader, makeStyles, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons';
import type { UiStrings } from '../../core';

export interface BadFileCardProps {
  t: UiStrings;
  name: string;
  /** The one sentence: what is wrong with the file and what to do (WB-UNREADABLE's message, or the worker's failure). */
  message: string;
  onRemove: () => void;
}

const useStyles = makeStyles({ card: { width: '100%' }, name: { overflowWrap: 'anywhere' } });

/** A file that could not be read: its name and one sentence with the fix, nothing else (no counts, no downloads). */
export function BadFileCard({ t, name, message, onRemove }: BadFileCardProps) {
  const styles = useStyles();
  return (
    <Card className={styles.card} data-testid="bad-file-card">
      <CardHeader
        header={
          <Text weight="semibold" className={styles.name}>
            {name}
          </Text>
        }
        action={<Button appearance="subtle" icon={<Dismiss20Regular />} aria-label={`${t.removeFile} ${name}`} onClick={onRemove} />}
      />
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody data-testid="bad-file-reason">{message}</MessageBarBody>
      </MessageBar>
    </Card>
  );
}
