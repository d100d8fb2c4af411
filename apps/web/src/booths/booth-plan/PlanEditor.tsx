import { useRef, useState } from 'react';
import type { ApiErrorDetail, Booth, Fair, FloorPlan } from '@bussanten/contracts';
import { areaOf, type Rect } from '@bussanten/domain';
import { fairsApi } from '../../fairs';
import { isApiError } from '../../api/client';
import { describeError } from '../../api/error-messages';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../i18n/i18n';
import { BoothForm } from './BoothForm';
import { BoothTable } from './BoothTable';
import { CopyPlan } from './CopyPlan';
import { FloorPlanSvg } from './FloorPlanSvg';
import { DEFAULT_BOOTH_SIZE, newBoothValues, suggestCode, valuesFromBooth, type BoothFormValues } from './booth-form-model';
import { boothsOutside, findFreeSpot, placementProblems, problemText, roundM, toBoothInput } from './plan-geometry';

type FormState = { booth: Booth | null; initial: BoothFormValues; key: number } | null;
type Message = { text: string; tone: 'ok' | 'bad' } | null;

/** The holders named by a 409 BOOTH_IN_USE (details[].meta.holders[].municipalityName), if any. */
function holdersOf(error: unknown): string[] {
  if (!isApiError(error) || error.body?.code !== 'BOOTH_IN_USE') return [];
  const names: string[] = [];
  for (const d of error.body.details) {
    const holders = d.meta?.['holders'];
    if (!Array.isArray(holders)) continue;
    for (const h of holders as unknown[]) {
      const name = typeof h === 'object' && h !== null ? (h as Record<string, unknown>)['municipalityName'] : undefined;
      if (typeof name === 'string' && !names.includes(name)) names.push(name);
    }
  }
  return names;
}

/**
 * The floor-plan editor: the drawing, one live message line, the booth form, the table and the copy
 * section, all over one list of booths. Moves are shown at once and saved one after another (a
 * queue), so quick arrow presses reach the API in the order they were made; a refused save puts
 * the booth back where the API last had it.
 */
export function PlanEditor({ fair, plan }: { fair: Fair; plan: FloorPlan }) {
  const { t, lang } = useI18n();
  const [booths, setBooths] = useState<Booth[]>(plan.booths);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [form, setForm] = useState<FormState>(null);
  const [message, setMessage] = useState<Message>(null);
  const [deleting, setDeleting] = useState<Booth | null>(null);
  const [deleteBusy, setDeleteBusy] = useState(false);
  const saved = useRef(new Map(plan.booths.map((b) => [b.id, b])));
  const queue = useRef<Promise<void>>(Promise.resolve());
  const room = plan.room;
  const outside = boothsOutside(room, booths);

  const focusBooth = (id: string) => requestAnimationFrame(() => document.querySelector<SVGGElement>(`[data-booth-id="${CSS.escape(id)}"]`)?.focus());
  const replace = (booth: Booth) => setBooths((list) => (list.some((b) => b.id === booth.id) ? list.map((b) => (b.id === booth.id ? booth : b)) : [...list, booth]));
  const texts = (problems: ApiErrorDetail[]) => problems.map((p) => problemText(p, lang)).join(t('plan.aria.separator'));

  const place = (booth: Booth, rect: Rect) => {
    const problems = placementProblems(rect, room, booths, booth.id);
    if (problems.length) {
      // The drawing already went back (or never moved); say why, and save nothing.
      setMessage({ tone: 'bad', text: t('plan.refused', { code: booth.code, problems: texts(problems) }) });
      return;
    }
    const next: Booth = { ...booth, ...rect, areaM2: areaOf(rect) };
    replace(next);
    setMessage({ tone: 'ok', text: t('plan.saving', { code: booth.code }) });
    queue.current = queue.current.then(async () => {
      try {
        const result = await fairsApi.updateBooth(fair.id, booth.id, toBoothInput(next));
        saved.current.set(result.id, result);
        replace(result);
        setMessage({ tone: 'ok', text: t('plan.saved', { code: result.code, x: roundM(result.x), y: roundM(result.y), width: roundM(result.width), depth: roundM(result.depth) }) });
      } catch (e) {
        const before = saved.current.get(booth.id);
        if (before) replace(before);
        setMessage({ tone: 'bad', text: t('plan.saveFailed', { code: booth.code, reason: describeError(e, lang).message }) });
      }
    });
  };

  const openForm = (booth: Booth | null) => {
    setMessage(null);
    if (booth) setSelectedId(booth.id);
    const initial = booth ? valuesFromBooth(booth) : newBoothValues(findFreeSpot(room, booths, DEFAULT_BOOTH_SIZE), suggestCode(booths));
    setForm((f) => ({ booth, initial, key: (f?.key ?? 0) + 1 }));
  };

  const formSaved = (booth: Booth) => {
    const isNew = !saved.current.has(booth.id);
    saved.current.set(booth.id, booth);
    replace(booth);
    setForm(null);
    setSelectedId(booth.id);
    setMessage({ tone: 'ok', text: t(isNew ? 'plan.created' : 'plan.updated', { code: booth.code }) });
    focusBooth(booth.id);
  };

  const confirmDelete = async (booth: Booth) => {
    setDeleteBusy(true);
    try {
      await fairsApi.deleteBooth(fair.id, booth.id);
      saved.current.delete(booth.id);
      setBooths((list) => list.filter((b) => b.id !== booth.id));
      if (form?.booth?.id === booth.id) setForm(null);
      setMessage({ tone: 'ok', text: t('plan.deleted', { code: booth.code }) });
    } catch (e) {
      const holders = holdersOf(e);
      setMessage({ tone: 'bad', text: holders.length ? t('plan.inUse', { code: booth.code, holders: holders.join('、') }) : describeError(e, lang).message });
    } finally {
      setDeleting(null);
      setDeleteBusy(false);
    }
  };

  const copied = (copiedPlan: FloorPlan, from: string) => {
    saved.current = new Map(copiedPlan.booths.map((b) => [b.id, b]));
    setBooths(copiedPlan.booths);
    setMessage({ tone: 'ok', text: t('plan.copy.done', { n: copiedPlan.booths.length, from }) });
  };

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
          onSelect={setSelectedId}
          onPlace={place}
          onDragProblems={(booth, problems) =>
            setMessage(problems === null ? null : problems.length ? { tone: 'bad', text: t('plan.dragProblems', { code: booth.code, problems: texts(problems) }) } : { tone: 'ok', text: t('plan.dragOk', { code: booth.code }) })
          }
          onOpen={(id) => openForm(booths.find((b) => b.id === id) ?? null)}
        />
      </div>
      {/* Below the drawing, not above: a message that changes length mid-drag must not move the plan under the pointer. */}
      <p className={`plan-problems${message?.tone === 'bad' ? ' plan-problems--bad' : ''}`} role="status" aria-live="polite">
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
          onSaved={formSaved}
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

      <CopyPlan fair={fair} boothCount={booths.length} onCopied={copied} />

      <ConfirmDialog
        open={deleting !== null}
        title={deleting ? t('plan.deleteTitle', { code: deleting.code }) : ''}
        confirmLabel={t('delete.confirm')}
        busyLabel={t('common.deleting')}
        busy={deleteBusy}
        onConfirm={() => deleting && void confirmDelete(deleting)}
        onCancel={() => setDeleting(null)}
      >
        <p>{t('plan.deleteBody')}</p>
      </ConfirmDialog>
    </>
  );
}
