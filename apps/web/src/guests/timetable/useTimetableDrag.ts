import { useCallback, useMemo, useState } from 'react';
import type { Appearance, AppearanceInput, Stage } from '@bussanten/contracts';
import type { Lang } from '../../i18n/dictionaries';
import { useMoveAppearance } from '../queries';
import { movedAppearance } from './appearance-cache';
import { checkSentences, localProblems, problemText, refusalSentences } from './appearance-problems';
import type { Preview } from './TimetableGrid';
import type { DayHours } from './time-grid';
import { inputOf, locationFromKey, placeLabel, blockName, type Places } from './timetable-model';
import { parseTime } from './time-grid';
import { useAppearanceCheck } from './useAppearanceCheck';

/** What the last change came to; a refusal names the appearance it is about (its id), which it then describes. */
export type Outcome = { kind: 'done'; text: string } | { kind: 'error'; text: string; appearanceId?: string } | null;

/**
 * A block being dragged and dropped: what the spot under the pointer would meet (local rules at once,
 * the server's dry run once the pointer rests), and on drop the PUT, drawn at once in the cached
 * list (useMoveAppearance). A refused drop puts the block back and says why, naming the other party.
 */
export function useTimetableDrag({
  fairId,
  day,
  hours,
  appearances,
  places,
  lang,
  describeMove,
}: {
  fairId: string;
  day: string;
  hours: DayHours | null;
  appearances: readonly Appearance[];
  places: Places;
  lang: Lang;
  describeMove: (saved: Appearance, place: string) => string;
}) {
  const [preview, setPreview] = useState<Preview | null>(null);
  /**
   * Where a dropped block is drawn until the cached list has it there: the cache changes at once,
   * React hears of it a moment later, and the block must not flash back to where it was meanwhile.
   */
  const [pending, setPending] = useState<Preview | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  // The list changed (the dropped block is in it now, or back where it was): the list draws it.
  // (`appearances` is the cached list itself, so it changes only when the cache does.)
  const [pendingOver, setPendingOver] = useState(appearances);
  if (appearances !== pendingOver) {
    setPendingOver(appearances);
    setPending(null);
  }

  const inputFor = (p: Preview): AppearanceInput | null => {
    const location = locationFromKey(p.columnKey);
    return location ? inputOf(p.appearance, { start: p.start, end: p.end, location }) : null;
  };
  const previewInput = useMemo(() => (preview ? inputFor(preview) : null), [preview]);
  const check = useAppearanceCheck(fairId, previewInput, preview?.appearance.id ?? null);

  const labelOf = (a: Appearance) => placeLabel(a.location, day, places, lang);
  const previewProblems: string[] = (() => {
    if (!preview || !hours || !previewInput) return [];
    const attempt = { start: preview.start, end: preview.end };
    if (check.result) return checkSentences(check.result, lang, attempt).problems;
    const stages: readonly Stage[] = places.stages;
    return [
      ...new Set(
        localProblems(
          { id: preview.appearance.id, guestId: preview.appearance.guest.id, date: day, ...attempt, location: previewInput.location },
          hours,
          appearances,
          stages,
          labelOf,
        ).map((p) => problemText(p, lang, attempt)),
      ),
    ];
  })();

  const move = useMoveAppearance(fairId, {
    onMoved: (_, saved) => setOutcome({ kind: 'done', text: describeMove(saved, placeLabel(saved.location, day, places, lang)) }),
    onRefused: ({ appearance, input }, e) => {
      const [start, end] = [parseTime(input.start) ?? 0, parseTime(input.end ?? '') ?? 0];
      const what = blockName(appearance.guest.name, input.start, input.end ?? '', placeLabel(input.location, day, places, lang));
      setOutcome({ kind: 'error', text: `${what}: ${refusalSentences(e, lang, { start, end }).join(' ')}`, appearanceId: appearance.id });
    },
  });

  const drop = (p: Preview) => {
    const input = inputFor(p);
    if (!input) return;
    setPending(p);
    setOutcome(null);
    move.mutate({ appearance: p.appearance, input, moved: movedAppearance(p.appearance, input, placeLabel(input.location, day, places, lang)) });
  };

  return {
    preview,
    setPreview: useCallback((p: Preview | null) => setPreview(p), []),
    previewProblems,
    checking: check.checking,
    pending,
    outcome,
    setOutcome,
    drop,
  };
}
