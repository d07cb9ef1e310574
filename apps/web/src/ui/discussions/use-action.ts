import { useCallback, useState } from 'react';
import { formProblemOf } from '../../graphql/graphql-errors';

/**
 * A button's request: `busy` while it runs, and `problem` in plain words when it failed (shown beside the button).
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const run = useCallback(async (action: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setProblem('');
    try {
      await action();
      return true;
    } catch (error) {
      const found = formProblemOf(error);
      setProblem(
        found.message || Object.values(found.fields).join(' ') || 'That did not work. Please try again.',
      );
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, problem, run };
}
