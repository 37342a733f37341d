import { Button, makeStyles, Tooltip, tokens } from '@fluentui/react-components';
import { DocumentAdd20Regular, ShieldTask20Regular, TableSettings20Regular } from '@fluentui/react-icons';
import type { TaskpaneStrings } from '../strings';

export interface CheckActionsProps {
  t: TaskpaneStrings;
  /** A check or a template insertion is running: both buttons wait. */
  busy: boolean;
  onCheck: () => void;
  /** Absent while the host cannot insert templates: the button is then disabled and says why. */
  onInsertTemplate?: () => void;
  /** Inserts the 规则参数 sheet; absent while the host cannot (disabled, and says why, like 新建模板). */
  onInsertParams?: () => void;
}

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  check: { flexGrow: 1, minWidth: '120px' },
});

/** 校验 (the primary action), 新建模板 and 插入规则参数表. */
export function CheckActions({ t, busy, onCheck, onInsertTemplate, onInsertParams }: CheckActionsProps) {
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
  const params = (
    <Button
      icon={<TableSettings20Regular />}
      disabled={busy || !onInsertParams}
      disabledFocusable={!onInsertParams}
      onClick={onInsertParams}
      aria-label={t.insertParams}
      data-testid="insert-params"
    >
      {t.insertParams}
    </Button>
  );
  return (
    <div className={styles.row}>
      <Tooltip content={t.checkDescription} relationship="description">
        <Button
          appearance="primary"
          className={styles.check}
          icon={<ShieldTask20Regular />}
          disabled={busy}
          onClick={onCheck}
          data-testid="check"
        >
          {busy ? t.checking : t.check}
        </Button>
      </Tooltip>
      <Tooltip content={onInsertTemplate ? t.insertTemplateDescription : t.insertTemplateUnavailable} relationship="description">
        {template}
      </Tooltip>
      <Tooltip content={onInsertParams ? t.insertParamsDescription : t.insertParamsUnavailable} relationship="description">
        {params}
      </Tooltip>
    </div>
  );
}
