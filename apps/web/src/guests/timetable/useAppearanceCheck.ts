import { useEffect, useState } from 'react';
import type { AppearanceCheck, AppearanceInput } from '@bussanten/contracts';
import { useAppearanceCheckQuery } from '../queries';

/** How long the input must rest before asking the server: a drag passes many rows a second. */
export const CHECK_DEBOUNCE_MS = 300;

export interface CheckState {
  /** The server's answer for `input` as it is now; null while waiting or when there is nothing to check. */
  result: AppearanceCheck | null;
  checking: boolean;
}

/** `value` once it has not changed for `ms`; null until then. */
function useSettled(value: string | null, ms: number): string | null {
  const [settled, setSettled] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The server's dry run (POST …/appearances/check) for `input`, asked once the input has not changed
 * for CHECK_DEBOUNCE_MS (a query keyed by the input, so an answer for an older input never shows
 * for a newer one, and the request for an abandoned one is aborted). A failed check says nothing:
 * saving will still be refused or accepted by the server itself.
 */
export function useAppearanceCheck(fairId: string, input: AppearanceInput | null, appearanceId: string | null): CheckState {
  const key = input ? JSON.stringify(input) : null;
  const settled = useSettled(key, CHECK_DEBOUNCE_MS);
  const current = key !== null && settled === key;
  const check = useAppearanceCheckQuery(fairId, current ? key : null, appearanceId);
  if (key === null) return { result: null, checking: false };
  if (!current) return { result: null, checking: true };
  return { result: check.data ?? null, checking: check.isFetching };
}
