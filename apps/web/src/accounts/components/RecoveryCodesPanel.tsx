import { useEffect, useId, useRef, useState } from 'react';
import { saveFile } from '../../components/save-file';
import { useI18n } from '../../i18n/i18n';
import { recoveryCodesFile, recoveryCodesText } from './factor-model';
import './factors.css';

interface Props {
  codes: readonly string[];
  /** The account, written into the downloaded file. */
  email: string;
  doneLabel: string;
  onDone: () => void;
  level?: 2 | 3;
}

/**
 * Ten new recovery codes, shown this once: to copy or download as a text file, and a checkbox that
 * the person saved them before they go on. Focused when it appears, so it is found and read first.
 */
export function RecoveryCodesPanel({ codes, email, doneLabel, onDone, level = 2 }: Props) {
  const { t, lang } = useI18n();
  const headingId = useId();
  const checkId = useId();
  const panelRef = useRef<HTMLElement>(null);
  const [created] = useState(() => new Date());
  const [saved, setSaved] = useState(false);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed' | 'downloaded'>('idle');
  const Heading = level === 2 ? 'h2' : 'h3';

  useEffect(() => {
    panelRef.current?.focus();
  }, [codes]);

  const copyCodes = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(recoveryCodesText(codes));
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  const download = () => {
    const { name, text } = recoveryCodesFile(codes, email, created, lang);
    saveFile(name, text, 'text/plain;charset=utf-8');
    setCopy('downloaded');
  };

  return (
    <section ref={panelRef} className="recovery-codes" tabIndex={-1} aria-labelledby={headingId}>
      <Heading id={headingId}>{t('factors.codesTitle')}</Heading>
      <p>{t('factors.codesIntro')}</p>
      <ol className="recovery-codes__list" aria-label={t('factors.codesListLabel')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="actions">
        <button type="button" onClick={() => void copyCodes()}>
          {t('factors.codesCopy')}
        </button>
        <button type="button" onClick={download}>
          {t('factors.codesDownload')}
        </button>
      </div>
      <p role="status" className={copy === 'failed' ? 'field__error' : 'copy-status'}>
        {copy === 'copied'
          ? t('factors.codesCopied')
          : copy === 'downloaded'
            ? t('factors.codesDownloaded')
            : copy === 'failed'
              ? t('factors.codesCopyFailed')
              : ''}
      </p>
      <div className="checkbox">
        <input id={checkId} type="checkbox" checked={saved} onChange={(e) => setSaved(e.target.checked)} />
        <label htmlFor={checkId}>{t('factors.codesSaved')}</label>
      </div>
      <div className="form__actions">
        <button type="button" className="button--primary" disabled={!saved} onClick={onDone}>
          {doneLabel}
        </button>
      </div>
    </section>
  );
}
