import { formatSigned } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';

/**
 * When and at what occasion an agreement was signed, as rows of a facts <dl>. A known day is a
 * <time> so it is machine-readable; a year alone (or none) is plain text.
 */
export function SignedFacts({ agreement: a }: { agreement: { signedOn: string | null; signedYear: number | null; occasion: string | null } }) {
  const { t, lang } = useI18n();
  return (
    <>
      <div>
        <dt>{t('detail.signed')}</dt>
        <dd>{a.signedOn ? <time dateTime={a.signedOn}>{formatSigned(a, lang)}</time> : formatSigned(a, lang)}</dd>
      </div>
      {a.occasion && (
        <div>
          <dt>{t('field.occasion')}</dt>
          <dd>{a.occasion}</dd>
        </div>
      )}
    </>
  );
}

/** What a kind of agreement usually means, from the registry's kind list, under its own title. */
export function KindExplanation({ title, explanation }: { title: string; explanation: string }) {
  return (
    <div className="kind-explanation">
      <p className="kind-explanation__title">{title}</p>
      <p className="pre-line">{explanation}</p>
    </div>
  );
}
