import { useEffect, useRef, useState } from 'react';
import type { AppearanceCheck, AppearanceInput } from '@bussanten/contracts';
import { guestsApi } from '../api/guests';

/** How long the input must rest before asking the server: a drag passes many rows a second. */
export const CHECK_DEBOUNCE_MS = 300;

export interface CheckState {
  /** The server's answer for `input` as it is now; null while waiting or when there is nothing to check. */
  result: AppearanceCheck | null;
  checking: boolean;
}

/**
 * The server's dry run (POST …/appearances/check) for `input`, asked again once the input has not
 * changed for CHECK_DEBOUNCE_MS. An answer for an older input is dropped. A failed check says
 * nothing: saving will still be refused or accepted by the server itself.
 */
export function useAppearanceCheck(fairId: string, input: AppearanceInput | null, appearanceId: string | null): CheckState {
  const [state, setState] = useState<CheckState>({ result: null, checking: false });
  const key = input ? JSON.stringify(input) : null;
  const seq = useRef(0);

  useEffect(() => {
    const mine = ++seq.current;
    if (key === null) {
      setState({ result: null, checking: false });
      return;
    }
    setState({ result: null, checking: true });
    const body = JSON.parse(key) as AppearanceInput;
    const timer = setTimeout(() => {
      guestsApi.check(fairId, body, appearanceId ?? undefined).then(
        (result) => {
          if (seq.current === mine) setState({ result, checking: false });
        },
        () => {
          if (seq.current === mine) setState({ result: null, checking: false });
        },
      );
    }, CHECK_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [fairId, key, appearanceId]);

  return state;
}
