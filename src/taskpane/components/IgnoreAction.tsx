import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Textarea,
  tokens,
  type GriffelStyle,
} from '@fluentui/react-components';
import { MAX_REASON, type UiStrings } from '../../core';

/** 依据 and 忽略 share a line under a finding; an opened 依据 takes the whole width and 忽略 goes under it. */
export const basisAndIgnore: GriffelStyle = {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'flex-start',
  justifyContent: 'space-between',
  gap: tokens.spacingHorizontalS,
  minWidth: 0,
  '& > details[open]': { flexBasis: '100%' },
  '& > button': { marginLeft: 'auto' },
};

export interface IgnoreActionProps {
  ui: UiStrings;
  /** How many findings the entry sets aside (a group: each of its cells). */
  count: number;
  disabled?: boolean;
  /** Called with the reason, trimmed and never empty. */
  onIgnore: (reason: string) => void;
}

/** 「忽略」: asks for a short reason (required, at most 200 characters), then sets the finding or group aside. */
export function IgnoreAction({ ui, count, disabled, onIgnore }: IgnoreActionProps) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const trimmed = reason.trim();
  const confirm = () => {
    if (!trimmed) return;
    setOpen(false);
    setReason('');
    onIgnore(trimmed.slice(0, MAX_REASON));
  };
  return (
    <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button size="small" appearance="subtle" disabled={disabled} data-testid="ignore">
          {ui.ignore}
        </Button>
      </DialogTrigger>
      <DialogSurface data-testid="ignore-dialog">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            confirm();
          }}
        >
          <DialogBody>
            <DialogTitle>{ui.ignoreTitle(count)}</DialogTitle>
            <DialogContent>
              <Field label={ui.ignoreReason} hint={ui.ignoreHint} required>
                <Textarea
                  value={reason}
                  maxLength={MAX_REASON}
                  onChange={(_, d) => setReason(d.value)}
                  resize="vertical"
                  data-testid="ignore-reason"
                />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={!trimmed} data-testid="ignore-confirm">
                {ui.ignoreConfirm}
              </Button>
              <DialogTrigger disableButtonEnhancement>
                <Button data-testid="ignore-cancel">{ui.ignoreCancel}</Button>
              </DialogTrigger>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
