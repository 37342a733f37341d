import { Caption1, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import type { UiStrings } from '../../core';
import type { TaskpaneStrings } from '../strings';

/** The steps of a check, as the host reports them: read the workbook, check it, write the result sheets. */
export type CheckStep = 'reading' | 'checking' | 'writing' | 'done';

export interface CheckProgressProps {
  t: TaskpaneStrings;
  ui: UiStrings;
  /** null before the first check. */
  step: CheckStep | null;
}

const FRACTION: Record<CheckStep, number> = { reading: 0.2, checking: 0.5, writing: 0.8, done: 1 };

const useStyles = makeStyles({
  wrap: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  step: { color: tokens.colorNeutralForeground2, minHeight: tokens.lineHeightBase200 },
});

/**
 * A progress bar with the current step's name. The status region is always in the page, so that screen
 * readers announce each step as it changes (a live region added with its text is often not read).
 */
export function CheckProgress({ t, ui, step }: CheckProgressProps) {
  const styles = useStyles();
  const label: Record<CheckStep, string> = {
    reading: ui.stepReading,
    checking: ui.stepChecking,
    writing: ui.stepWriting,
    done: ui.stepDone,
  };
  return (
    <div className={styles.wrap}>
      {step ? (
        <ProgressBar
          aria-label={t.progressLabel}
          value={FRACTION[step]}
          max={1}
          thickness="large"
          color={step === 'done' ? 'success' : 'brand'}
        />
      ) : null}
      <Caption1 className={styles.step} role="status" aria-live="polite" data-testid="progress-step">
        {step ? label[step] : ''}
      </Caption1>
    </div>
  );
}
