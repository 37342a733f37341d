/**
 * The task pane's one width breakpoint (STYLE.md "Task pane at 350 px"): Excel opens the pane about 350 px
 * wide; below this width the shares table folds town and year into one column and uses the small type ramp.
 */
import { useEffect, useState } from 'react';

/** Panes narrower than this (CSS px) get the compact layout. */
export const COMPACT_PANE_MAX_WIDTH = 480;

/** True while the pane's window is narrower than `COMPACT_PANE_MAX_WIDTH`. */
export function useCompactPane(): boolean {
  const get = () => (typeof window === 'undefined' ? true : window.innerWidth < COMPACT_PANE_MAX_WIDTH);
  const [compact, setCompact] = useState(get);
  useEffect(() => {
    const onResize = () => setCompact(get());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return compact;
}
