import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { ArrowClockwise20Regular } from '@fluentui/react-icons';
import type { UiStrings } from '../../core';

export interface StaleResultsBarProps {
  ui: UiStrings;
  busy: boolean;
  onRecheck: () => void;
}

/** 「工作簿已修改，结果可能已过时」 with 重新校验, shown once the user changes the checked workbook. */
export function StaleResultsBar({ ui, busy, onRecheck }: StaleResultsBarProps) {
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="stale-bar">
      <MessageBarBody>{ui.addin.stale}</MessageBarBody>
      <MessageBarActions>
        <Button icon={<ArrowClockwise20Regular />} disabled={busy} onClick={onRecheck} data-testid="recheck">
          {ui.addin.recheck}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
