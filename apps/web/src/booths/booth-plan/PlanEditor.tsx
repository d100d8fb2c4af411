import { useState } from 'react';
import { metaOf, type ApiErrorDetail, type Booth, type Fair, type FloorPlan } from '@bussanten/contracts';
import { areaOf, type Rect } from '@bussanten/domain';
import { isApiError } from '../../api/client';
import { describeError } from '../../api/error-messages';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../i18n/i18n';
import { BoothForm } from './BoothForm';
import { BoothTable } from './BoothTable';
import { CopyPlan } from './CopyPlan';
import { FloorPlanSvg } from './FloorPlanSvg';
import { DEFAULT_BOOTH_SIZE, newBoothValues, suggestCode, valuesFromBooth, type BoothFormValues } from './booth-form-model';
import { boothsOutside, findFreeSpot, placementProblems, problemText, refusalText, roundM } from './plan-geometry';
import { useDeleteBooth, useMoveBooth } from '../queries';

type FormState = { booth: Booth | null; initial: BoothFormValues; key: number } | null;
type Message = { text: string; tone: 'ok' | 'bad' } | null;

/** The holders named by a 409 BOOTH_IN_USE (details[].meta.holders[].municipalityName), if any. */
function holdersOf(error: unknown): string[] {
  if (!isApiError(error) || error.body?.code !== 'BOOTH_IN_USE') return [];
  const names: string[] = [];
  for (const d of error.body.details) {
    for (const { municipalityName } of metaOf(d, 'boothInUse')?.holders ?? []) {
      if (!names.includes(municipalityName)) names.push(municipalityName);
    }
  }
  return names;
}

const MESSAGE_ID = 'plan-message';

/**
 * The floor-plan editor: the drawing, one live message line, the booth form, the table and the copy
 * section, all over the fair's plan as the query cache has it (this component keeps no copy). Moves
 * are drawn at once and saved one after another, so quick arrow presses reach the API in the order
 * they were made; a refused save puts the booth back where it was and says why, and the booth is
 * described by that message until the next change.
 */
export function PlanEditor({ fair, plan }: { fair: Fair; plan: FloorPlan }) {
  const { t, lang } = useI18n();
  const booths = plan.booths;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [form, setForm] = useState<FormState>(null);
  const [message, setMessage] = useState<Message>(null);
  /** The booth a refused move put back: the message is about it. */
  const [refusedId, setRefusedId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Booth | null>(null);
  const room = plan.room;
  const outside = boothsOutside(room, booths);

  const focusBooth = (id: string) => requestAnimationFrame(() => document.querySelector<SVGGElement>(`[data-booth-id="${CSS.escape(id)}"]`)?.focus());
  const texts = (problems: ApiErrorDetail[]) => problems.map((p) => problemText(p, lang)).join(t('plan.aria.separator'));
  const say = (next: Message, refused: string | null = null) => {
    setMessage(next);
    setRefusedId(refused);
  };

  const move = useMoveBooth(fair.id, {
    onSaved: (result) =>
      say({
        tone: 'ok',
        text: t('plan.saved', { code: result.code, x: roundM(result.x), y: roundM(result.y), width: roundM(result.width), depth: roundM(result.depth) }),
      }),
    onRefused: (booth, e) => say({ tone: 'bad', text: t('plan.saveFailed', { code: booth.code, reason: refusalText(e, lang) }) }, booth.id),
  });
  const remove = useDeleteBooth(fair.id);

  /** A drag or a key asks to put `booth` at `rect`: refused here when the plan already shows why, else saved. */
  const place = (booth: Booth, rect: Rect): boolean => {
    const problems = placementProblems(rect, room, booths, booth.id);
    if (problems.length) {
      // The drawing already went back (or never moved); say why, and save nothing.
      say({ tone: 'bad', text: t('plan.refused', { code: booth.code, problems: texts(problems) }) });
      return false;
    }
    say({ tone: 'ok', text: t('plan.saving', { code: booth.code }) });
    move.mutate({ ...booth, ...rect, areaM2: areaOf(rect) });
    return true;
  };

  const openForm = (booth: Booth | null) => {
    say(null);
    if (booth) setSelectedId(booth.id);
    const initial = booth ? valuesFromBooth(booth) : newBoothValues(findFreeSpot(room, booths, DEFAULT_BOOTH_SIZE), suggestCode(booths));
    setForm((f) => ({ booth, initial, key: (f?.key ?? 0) + 1 }));
  };

  /** The form saved the booth (and updated the cache itself): close it and say so. */
  const formSaved = (booth: Booth, isNew: boolean) => {
    setForm(null);
    setSelectedId(booth.id);
    say({ tone: 'ok', text: t(isNew ? 'plan.created' : 'plan.updated', { code: booth.code }) });
    focusBooth(booth.id);
  };

  const confirmDelete = (booth: Booth) =>
    remove.mutate(booth, {
      onSuccess: () => {
        if (form?.booth?.id === booth.id) setForm(null);
        say({ tone: 'ok', text: t('plan.deleted', { code: booth.code }) });
      },
      onError: (e) => {
        const holders = holdersOf(e);
        say({ tone: 'bad', text: holders.length ? t('plan.inUse', { code: booth.code, holders: holders.join('、') }) : describeError(e, lang).message });
      },
      onSettled: () => setDeleting(null),
    });

  return (
    <>
      <p id="plan-instructions" className="hint">
        {t('plan.instructions')}
      </p>

      {booths.length === 0 && <p className="empty">{t('plan.empty')}</p>}
      {outside.length > 0 && (
        <div className="note" role="note">
          <p>{t('plan.outsideRoom', { codes: outside.map((b) => b.code).join(t('plan.aria.separator')) })}</p>
        </div>
      )}
      <div className="plan">
        <FloorPlanSvg
          room={room}
          booths={booths}
          selectedId={selectedId}
          instructionsId="plan-instructions"
          refused={refusedId ? { boothId: refusedId, messageId: MESSAGE_ID } : null}
          onSelect={setSelectedId}
          onPlace={place}
          onDragProblems={(booth, problems) =>
            say(
              problems === null
                ? null
                : problems.length
                  ? { tone: 'bad', text: t('plan.dragProblems', { code: booth.code, problems: texts(problems) }) }
                  : { tone: 'ok', text: t('plan.dragOk', { code: booth.code }) },
            )
          }
          onOpen={(id) => openForm(booths.find((b) => b.id === id) ?? null)}
        />
      </div>
      {/* Below the drawing, not above: a message that changes length mid-drag must not move the plan under the pointer. */}
      <p id={MESSAGE_ID} className={`plan-problems${message?.tone === 'bad' ? ' plan-problems--bad' : ''}`} role="status" aria-live="polite">
        {message?.text ?? ''}
      </p>

      <div className="actions">
        <button type="button" className="button--primary" onClick={() => openForm(null)}>
          {t('plan.add')}
        </button>
      </div>

      {form && (
        <BoothForm
          key={form.key}
          fairId={fair.id}
          room={room}
          booths={booths}
          booth={form.booth}
          initial={form.initial}
          onSaved={(booth) => formSaved(booth, form.booth === null)}
          onCancel={() => {
            const id = form.booth?.id;
            setForm(null);
            if (id) focusBooth(id);
          }}
        />
      )}

      <section aria-labelledby="booths-heading">
        <h2 id="booths-heading">{t('plan.table.heading', { n: booths.length })}</h2>
        {booths.length === 0 ? <p className="muted">{t('plan.table.empty')}</p> : <BoothTable booths={booths} onEdit={openForm} onDelete={setDeleting} />}
      </section>

      <CopyPlan fair={fair} boothCount={booths.length} onCopied={(n, from) => say({ tone: 'ok', text: t('plan.copy.done', { n, from }) })} />

      <ConfirmDialog
        open={deleting !== null}
        title={deleting ? t('plan.deleteTitle', { code: deleting.code }) : ''}
        confirmLabel={t('delete.confirm')}
        busyLabel={t('common.deleting')}
        busy={remove.isPending}
        onConfirm={() => deleting && confirmDelete(deleting)}
        onCancel={() => setDeleting(null)}
      >
        <p>{t('plan.deleteBody')}</p>
      </ConfirmDialog>
    </>
  );
}
