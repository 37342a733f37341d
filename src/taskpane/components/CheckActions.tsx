import { Button, makeStyles, Tooltip, tokens } from '@fluentui/react-components';
import { DocumentAdd20Regular, ShieldTask20Regular } from '@fluentui/react-icons';
import type { TaskpaneStrings } from '../strings';

export interface CheckActionsProps {
  t: TaskpaneStrings;
  /** A check or a template insertion is running: both buttons wait. */
  busy: boolean;
  onCheck: () => void;
  /** Absent while the host cannot insert templates: the button is then disabled and says why. */
  onInsertTemplate?: () => void;
}

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  check: { flexGrow: 1, minWidth: '120px' },
});

/** 校验 (the primary action) and 新建模板. */
export function CheckActions({ t, busy, onCheck, onInsertTemplate }: CheckActionsProps) {
  const styles = useStyles();
  const template = (
    <Button
      icon={<DocumentAdd20Regular />}
      disabled={busy || !onInsertTemplate}
      disabledFocusable={!onInsertTemplate}
      onClick={onInsertTemplate}
      data-testid="insert-template"
    >
      {t.insertTemplate}
    </Button>
  );
  return (
    <div className={styles.row}>
      <Tooltip content={t.checkDescription} relationship="description">
        <Button appearance="primary" className={styles.check} icon={<ShieldTask20Regular />} disabled={busy} onClick={onCheck} data-testid="check">
          {busy ? t.checking : t.check}
        </Button>
      </Tooltip>
      <Tooltip content={onInsertTemplate ? t.insertTemplateDescription : t.insertTemplateUnavailable} relationship="description">
        {template}
      </Tooltip>
    </div>
  );
}
