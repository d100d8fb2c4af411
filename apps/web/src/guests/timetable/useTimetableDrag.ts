import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Appearance, AppearanceInput, Stage } from '@bussanten/contracts';
import { guestsApi } from '../api/guests';
import type { Lang } from '../../i18n/dictionaries';
import { checkSentences, localProblems, problemText, refusalSentences } from './appearance-problems';
import type { Preview } from './TimetableGrid';
import type { DayHours } from './time-grid';
import { inputOf, locationFromKey, placeLabel, blockName, type Places } from './timetable-model';
import { formatTime } from './time-grid';
import { useAppearanceCheck } from './useAppearanceCheck';

export type Outcome = { kind: 'done' | 'error'; text: string } | null;

/**
 * A block being dragged and dropped: what the spot under the pointer would meet (local rules at once,
 * the server's dry run once the pointer rests), and on drop the PUT. A refused drop puts the block
 * back and says why, naming the other party.
 */
export function useTimetableDrag({
  fairId,
  day,
  hours,
  appearances,
  places,
  lang,
  onMoved,
  describeMove,
}: {
  fairId: string;
  day: string;
  hours: DayHours | null;
  appearances: readonly Appearance[];
  places: Places;
  lang: Lang;
  onMoved: () => void;
  describeMove: (saved: Appearance, place: string) => string;
}) {
  const [preview, setPreview] = useState<Preview | null>(null);
  /** Where a dropped block is drawn while its PUT is on the way (and until the list reloads). */
  const [pending, setPending] = useState<Preview | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  // The reloaded list has the block where it was saved; the stand-in goes.
  useEffect(() => setPending(null), [appearances]);

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
        localProblems({ id: preview.appearance.id, guestId: preview.appearance.guest.id, date: day, ...attempt, location: previewInput.location }, hours, appearances, stages, labelOf).map((p) =>
          problemText(p, lang, attempt),
        ),
      ),
    ];
  })();

  const drop = async (p: Preview) => {
    const input = inputFor(p);
    if (!input) return;
    setPending(p);
    setOutcome(null);
    try {
      const saved = await guestsApi.updateAppearance(p.appearance.id, input);
      setOutcome({ kind: 'done', text: describeMove(saved, placeLabel(saved.location, day, places, lang)) });
      onMoved();
    } catch (e) {
      setPending(null);
      const what = blockName(p.appearance.guest.name, formatTime(p.start), formatTime(p.end), placeLabel(input.location, day, places, lang));
      setOutcome({ kind: 'error', text: `${what}: ${refusalSentences(e, lang, { start: p.start, end: p.end }).join(' ')}` });
    }
  };

  return {
    preview,
    setPreview: useCallback((p: Preview | null) => setPreview(p), []),
    previewProblems,
    checking: check.checking,
    pending,
    outcome,
    setOutcome,
    drop: (p: Preview) => void drop(p),
  };
}
