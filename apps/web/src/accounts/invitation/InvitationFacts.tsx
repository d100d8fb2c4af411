import type { InvitationPreview } from '@bussanten/contracts';
import { formatDateTime, roleKey } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';

/** What an invitation offers: which host, in which role (and for which municipality), to which address, until when. */
export function InvitationFacts({ preview }: { preview: InvitationPreview }) {
  const { t, lang } = useI18n();
  return (
    <dl className="facts">
      <div>
        <dt>{t('invitation.host')}</dt>
        <dd>{preview.hostName}</dd>
      </div>
      <div>
        <dt>{t('invitation.role')}</dt>
        <dd>{t(roleKey(preview.role))}</dd>
      </div>
      {preview.municipalityName && (
        <div>
          <dt>{t('invitation.municipality')}</dt>
          <dd>{preview.municipalityName}</dd>
        </div>
      )}
      <div>
        <dt>{t('invitation.account')}</dt>
        <dd>{preview.email}</dd>
      </div>
      <div>
        <dt>{t('invitation.expires')}</dt>
        <dd>
          <time dateTime={preview.expiresAt}>{formatDateTime(preview.expiresAt, lang)}</time>
        </dd>
      </div>
    </dl>
  );
}
