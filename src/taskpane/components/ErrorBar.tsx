import { useState } from 'react';
import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { PaneError } from '../errors';
import type { TaskpaneStrings } from '../strings';

export interface ErrorBarProps {
  t: TaskpaneStrings;
  error: PaneError;
  onDismiss: () => void;
}

const useStyles = makeStyles({
  body: { overflowWrap: 'anywhere' },
  details: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
    margin: `${tokens.spacingVerticalXS} 0 0 0`,
  },
});

/** A host error: the catalog sentence, and the technical details behind a disclosure. */
export function ErrorBar({ t, error, onDismiss }: ErrorBarProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  return (
    <MessageBar intent="error" layout="multiline" data-testid="error-bar">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
        {error.message}
        {error.details ? (
          <div>
            <Link as="button" aria-expanded={open} onClick={() => setOpen(!open)}>
              {open ? t.hideDetails : t.showDetails}
            </Link>
            {open ? <pre className={styles.details}>{error.details}</pre> : null}
          </div>
        ) : null}
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" aria-label={t.dismiss} icon={<DismissRegular />} onClick={onDismiss} />}
      />
    </MessageBar>
  );
}
