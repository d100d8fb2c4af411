import type { AgreementKind } from '@bussanten/contracts';
import { agreementKindKey } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';

export function KindBadge({ kind }: { kind: AgreementKind }) {
  const { t } = useI18n();
  return <span className={`badge badge--${kind}`}>{t(agreementKindKey(kind))}</span>;
}

export function KindBadges({ kinds }: { kinds: readonly AgreementKind[] }) {
  if (kinds.length === 0) return <span aria-hidden="true">—</span>;
  return (
    <ul className="badges">
      {kinds.map((k) => (
        <li key={k}>
          <KindBadge kind={k} />
        </li>
      ))}
    </ul>
  );
}
