/**
 * Whether the pane's results may be out of date: after each check the host watches the workbook (edits of the
 * checked sheets, added and deleted sheets); any change marks the results stale, and deleted sheets are
 * remembered so their findings no longer select cells.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/** What the host reports (src/hosts/excel/watch.ts). */
export interface WorkbookChange {
  kind: 'edited' | 'added' | 'deleted';
  sheet?: string;
}

/** Starts watching every sheet except `ignore` (the product's own); resolves to a function that stops. */
export type WatchWorkbook = (ignore: string[], onChange: (change: WorkbookChange) => void) => Promise<() => Promise<void>>;

export interface Staleness {
  stale: boolean;
  /** Sheets deleted since the check. */
  deleted: ReadonlySet<string>;
  /** After a check: results fresh, watching again (ignoring the sheets the check wrote). */
  start: (written: readonly string[]) => Promise<void>;
  /** Before a check or clear: stop hearing the product's own changes. */
  stop: () => Promise<void>;
}

export function useStaleness(watch?: WatchWorkbook): Staleness {
  const [stale, setStale] = useState(false);
  const [deleted, setDeleted] = useState<ReadonlySet<string>>(new Set());
  const stopping = useRef<(() => Promise<void>) | null>(null);

  const stop = useCallback(async () => {
    const s = stopping.current;
    stopping.current = null;
    await s?.();
  }, []);

  const start = useCallback(
    async (written: readonly string[]) => {
      setStale(false);
      setDeleted(new Set());
      await stop();
      if (!watch) return;
      try {
        stopping.current = await watch([...written], (change) => {
          setStale(true);
          if (change.kind === 'deleted' && change.sheet) setDeleted((d) => new Set(d).add(change.sheet!));
        });
      } catch {
        // This Excel cannot tell the pane about changes: the results are then simply not marked.
      }
    },
    [watch, stop],
  );

  useEffect(() => () => void stop(), [stop]);
  return { stale, deleted, start, stop };
}
