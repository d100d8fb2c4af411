import { useId, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { HostEmbedOrigins } from '@bussanten/contracts';
import { MAX_EMBED_ORIGINS } from '@bussanten/domain';
import { ApiError, isApiError } from '../../api/client';
import { canRetry } from '../../api/query-client';
import { TextField } from '../../components/Field';
import { SubmissionSummary } from '../../components/FormErrors';
import { useRecordForm } from '../../components/forms/useRecordForm';
import { ErrorState, Loading } from '../../components/Status';
import { fairTitle, useFairs } from '../../fairs';
import { useI18n } from '../../i18n/i18n';
import { hostEmbedApi } from '../api/factors';
import { accountKeys, useHostEmbedOrigins } from '../queries';
import { embedSnippet, hostEmbedValues, onRows, toHostEmbedOrigins, validateHostEmbed, type HostEmbedValues } from './host-embed-model';

const controlId = (field: string) => `embed-${field.replace('.', '-')}`;

/**
 * The sites that may show the host's fair widget (/embed/f/:slug) in an <iframe>, one origin per
 * row, and the code to paste for a chosen fair. None at first: then no site may show it.
 */
export function HostEmbedSection() {
  const { t } = useI18n();
  const embed = useHostEmbedOrigins();
  return (
    <section aria-labelledby="host-embed-heading">
      <h2 id="host-embed-heading">{t('hostEmbed.title')}</h2>
      <p className="hint">{t('hostEmbed.explain')}</p>
      {embed.isError && !embed.data ? (
        <ErrorState error={embed.error} onRetry={canRetry(embed.error) ? () => void embed.refetch() : undefined} />
      ) : !embed.data ? (
        <Loading />
      ) : (
        <>
          <HostEmbedForm initial={embed.data} />
          <EmbedSnippet />
        </>
      )}
    </section>
  );
}

function HostEmbedForm({ initial }: { initial: HostEmbedOrigins }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const addRef = useRef<HTMLButtonElement>(null);
  const { form, values, submission, field } = useRecordForm<HostEmbedValues, HostEmbedOrigins>({
    defaultValues: hostEmbedValues(initial),
    validate: validateHostEmbed,
    controlId,
    save: async (v) => {
      setSaved(false);
      try {
        return await hostEmbedApi.update(toHostEmbedOrigins(v));
      } catch (e) {
        // The API names the sent origins by their places; the blank rows were not sent.
        if (isApiError(e) && e.body) throw new ApiError(e.reason, e.status, { ...e.body, details: onRows(v, e.body.details) }, e.message);
        throw e;
      }
    },
    onSaved: (answer) => {
      queryClient.setQueryData(accountKeys.hostEmbed(), answer);
      form.reset(hostEmbedValues(answer)); // as stored: normalised, repeats merged
      setSaved(true);
    },
  });
  const rows = values.origins ?? [];
  const label = (i: number) => t('hostEmbed.origin', { n: i + 1 });
  const add = () => {
    form.setValue('origins', [...rows, ''], { shouldDirty: true });
    // The new row's field, once rendered.
    requestAnimationFrame(() => document.getElementById(controlId(`origins.${rows.length}`))?.focus());
  };
  const remove = (i: number) => {
    form.setValue(
      'origins',
      rows.filter((_, j) => j !== i),
      { shouldDirty: true },
    );
    form.clearErrors();
    addRef.current?.focus();
  };
  const locate = (f: string) => {
    const row = /^origins\.(\d+)$/.exec(f);
    return row ? { targetId: controlId(f), label: label(Number(row[1])) } : { targetId: null, label: t('hostEmbed.sites') };
  };
  return (
    <>
      <SubmissionSummary submission={submission} locate={locate} />
      {saved && (
        <p className="flash" role="status">
          {t('hostEmbed.saved')}
        </p>
      )}
      <form className="form" noValidate onSubmit={submission.onSubmit} aria-busy={submission.saving}>
        {rows.length === 0 && <p className="muted">{t('hostEmbed.empty')}</p>}
        {rows.map((_, i) => (
          <div key={i} className="embed-row">
            <TextField {...field(`origins.${i}`)} label={label(i)} type="url" inputMode="url" hint={i === 0 ? t('hostEmbed.originHint') : undefined} />
            <button type="button" className="button--danger" onClick={() => remove(i)}>
              {t('hostEmbed.remove')}
              <span className="sr-only">: {label(i)}</span>
            </button>
          </div>
        ))}
        <p className="hint">{t('hostEmbed.max', { max: MAX_EMBED_ORIGINS })}</p>
        <div className="form__actions">
          <button ref={addRef} type="button" onClick={add} disabled={rows.length >= MAX_EMBED_ORIGINS}>
            {t('hostEmbed.add')}
          </button>
          <button type="submit" className="button--primary" disabled={submission.saving}>
            {submission.saving ? t('common.saving') : t('hostEmbed.save')}
          </button>
        </div>
      </form>
    </>
  );
}

/** The <iframe> to paste for one of the host's published fairs, in either language, with a copy button. */
function EmbedSnippet() {
  const { t, lang } = useI18n();
  const fairs = useFairs();
  const id = useId();
  const [slug, setSlug] = useState('');
  const [widgetLang, setWidgetLang] = useState<'ja' | 'en'>('ja');
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const published = (fairs.data ?? []).filter((f) => f.releasedVersion !== null);
  const fair = published.find((f) => f.slug === slug) ?? published[0];
  const code = fair ? embedSnippet(window.location.origin, fair.slug, widgetLang, fairTitle(fair, widgetLang)) : '';

  const copyCode = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(code);
      setCopy('copied');
    } catch {
      // Not allowed (no secure context, permission refused): select the code for Ctrl+C instead.
      codeRef.current?.focus();
      codeRef.current?.select();
      setCopy('failed');
    }
  };

  return (
    <div className="form" aria-labelledby={`${id}-heading`} role="group">
      <h3 id={`${id}-heading`}>{t('hostEmbed.snippetTitle')}</h3>
      {fairs.isError && !fairs.data ? (
        <ErrorState error={fairs.error} onRetry={canRetry(fairs.error) ? () => void fairs.refetch() : undefined} />
      ) : !fairs.data ? (
        <Loading />
      ) : !fair ? (
        <p className="muted">{t('hostEmbed.noFairs')}</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor={`${id}-fair`}>{t('hostEmbed.fair')}</label>
            <select
              id={`${id}-fair`}
              value={fair.slug}
              onChange={(e) => {
                setSlug(e.target.value);
                setCopy('idle');
              }}
            >
              {published.map((f) => (
                <option key={f.id} value={f.slug}>
                  {fairTitle(f, lang)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-lang`}>{t('hostEmbed.language')}</label>
            <select
              id={`${id}-lang`}
              value={widgetLang}
              onChange={(e) => {
                setWidgetLang(e.target.value === 'en' ? 'en' : 'ja');
                setCopy('idle');
              }}
            >
              <option value="ja">{t('hostEmbed.languageJa')}</option>
              <option value="en">{t('hostEmbed.languageEn')}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-code`}>{t('hostEmbed.snippet')}</label>
            <textarea id={`${id}-code`} ref={codeRef} readOnly rows={3} value={code} className="code" onFocus={(e) => e.currentTarget.select()} />
          </div>
          <div className="form__actions">
            <button type="button" onClick={() => void copyCode()}>
              {t('hostEmbed.copy')}
            </button>
          </div>
          <p role="status" className={copy === 'failed' ? 'field__error' : 'copy-status'}>
            {copy === 'copied' ? t('hostEmbed.copied') : copy === 'failed' ? t('hostEmbed.copyFailed') : ''}
          </p>
          {!fair.visible && <p className="hint">{t('hostEmbed.notVisible')}</p>}
        </>
      )}
    </div>
  );
}
