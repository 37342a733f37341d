import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Tooltip } from '@fluentui/react-components';
import { Delete20Regular } from '@fluentui/react-icons';
import type { Lang, UiStrings } from '../../core';

/** The product's sheets 清除结果 deletes, and marked sheets it keeps (src/hosts/excel/clear.ts). */
export interface ResultSheets {
  sheets: string[];
  kept: string[];
}

export interface ClearResultsProps {
  ui: UiStrings;
  lang: Lang;
  busy: boolean;
  onList: () => Promise<ResultSheets>;
  onClear: () => Promise<ResultSheets>;
  /** The outcome: a notice or an error. */
  onNotice: (text: string) => void;
  onError: (e: unknown) => void;
}

/** 清除结果: lists the product's sheets, asks, then deletes them. */
export function ClearResults({ ui, lang, busy, onList, onClear, onNotice, onError }: ClearResultsProps) {
  const [asking, setAsking] = useState<ResultSheets | null>(null);
  const [working, setWorking] = useState(false);
  const join = (names: string[]) => names.join(lang === 'en-US' ? ', ' : '、');
  const t = ui.addin;

  const ask = async () => {
    setWorking(true);
    try {
      const found = await onList();
      if (found.sheets.length) setAsking(found);
      else onNotice([t.nothingToClear, found.kept.length ? t.clearKept(join(found.kept)) : ''].filter(Boolean).join(' '));
    } catch (e) {
      onError(e);
    } finally {
      setWorking(false);
    }
  };
  const confirm = async () => {
    setAsking(null);
    setWorking(true);
    try {
      const done = await onClear();
      onNotice([t.cleared(join(done.sheets)), done.kept.length ? t.clearKept(join(done.kept)) : ''].filter(Boolean).join(' '));
    } catch (e) {
      onError(e);
    } finally {
      setWorking(false);
    }
  };

  return (
    <>
      <Tooltip content={t.clearDescription} relationship="description">
        <Button icon={<Delete20Regular />} disabled={busy || working} onClick={ask} data-testid="clear-results">
          {t.clearResults}
        </Button>
      </Tooltip>
      <Dialog open={asking !== null} onOpenChange={(_, d) => (d.open ? undefined : setAsking(null))}>
        <DialogSurface data-testid="clear-dialog">
          <DialogBody>
            <DialogTitle>{t.clearResults}</DialogTitle>
            <DialogContent>{asking ? t.clearConfirm(join(asking.sheets)) : ''}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={confirm} data-testid="clear-confirm">
                {t.clearConfirmYes}
              </Button>
              <Button onClick={() => setAsking(null)} data-testid="clear-cancel">
                {t.clearCancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
