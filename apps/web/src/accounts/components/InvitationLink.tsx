import { useEffect, useId, useRef, useState } from 'react';
import type { Invitation } from '@bussanten/contracts';
import { formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';

/**
 * The one-time link of an invitation just created or re-sent. The invitation mail carries it too, but
 * while no mail server is configured nobody receives that mail, so the organizer copies the link and
 * sends it by hand. Focused when it appears so the organizer (and a screen reader) finds it.
 */
export function InvitationLink({ invitation, link }: { invitation: Invitation; link: string }) {
  const { t, lang } = useI18n();
  const inputId = useId();
  const noteId = useId();
  const panelRef = useRef<HTMLElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  // Another link (re-sent, or another invitation) starts with nothing said about copying.
  const [shownLink, setShownLink] = useState(link);
  if (link !== shownLink) {
    setShownLink(link);
    setCopy('idle');
  }

  useEffect(() => {
    panelRef.current?.focus();
  }, [link]);

  const selectLink = () => {
    inputRef.current?.focus();
    inputRef.current?.select();
  };

  const copyLink = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setCopy('copied');
    } catch {
      // Not allowed (no secure context, permission refused): select the text for Ctrl+C instead.
      selectLink();
      setCopy('failed');
    }
  };

  return (
    <section ref={panelRef} className="invitation-link" tabIndex={-1} aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>{t('people.linkCreated', { email: invitation.email })}</h2>
      <p id={noteId}>{invitation.mailed ? t('people.mailed', { email: invitation.email }) : t('people.notMailed')}</p>
      <div className="field">
        <label htmlFor={inputId}>{t('people.linkLabel')}</label>
        <div className="copy-row">
          <input ref={inputRef} id={inputId} type="text" readOnly value={link} aria-describedby={noteId} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" onClick={() => void copyLink()}>
            {t('people.copy')}
          </button>
        </div>
      </div>
      <p className="hint">{t('people.linkExpires', { when: formatDateTime(invitation.expiresAt, lang) })}</p>
      <p role="status" className={copy === 'failed' ? 'field__error' : 'copy-status'}>
        {copy === 'copied' ? t('people.copied') : copy === 'failed' ? t('people.copyFailed') : ''}
      </p>
    </section>
  );
}
