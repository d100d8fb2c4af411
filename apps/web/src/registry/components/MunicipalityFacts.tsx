import { Link } from 'react-router';
import type { AgreementKind, AgreementKindInfo, Municipality, MunicipalityAgreement } from '@bussanten/contracts';
import { agreementKindKey, formatArea, formatNumber, formatPopulation, municipalityKindKey, prefectureLabel } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { KindExplanation, SignedFacts } from './AgreementFacts';
import { KindBadge } from './KindBadges';
import { Missing } from '../../components/Missing';

/** A municipality's profile: every registered fact, '—' for the ones not recorded. */
export function MunicipalityProfile({ municipality: m }: { municipality: Municipality }) {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('detail.profile')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('field.reading')}</dt>
          <dd lang="ja">{m.reading}</dd>
        </div>
        <div>
          <dt>{t('field.nameEn')}</dt>
          <dd lang="en">{m.nameEn ?? <Missing />}</dd>
        </div>
        <div>
          <dt>{t('field.prefectureCode')}</dt>
          <dd>{prefectureLabel(m.prefectureCode, m.prefecture, lang)}</dd>
        </div>
        <div>
          <dt>{t('field.kind')}</dt>
          <dd>{t(municipalityKindKey(m.kind))}</dd>
        </div>
        <div>
          <dt>{t('field.localGovernmentCode')}</dt>
          <dd>{m.localGovernmentCode ?? <Missing />}</dd>
        </div>
        <div>
          <dt>{t('field.population')}</dt>
          <dd>{m.population !== null ? formatPopulation(m.population, lang) : <Missing />}</dd>
        </div>
        <div>
          <dt>{t('col.area')}</dt>
          <dd>{m.areaKm2 !== null ? formatArea(m.areaKm2, lang) : <Missing />}</dd>
        </div>
        <div>
          <dt>{t('field.website')}</dt>
          <dd>
            {m.website ? (
              <a href={m.website} rel="noopener noreferrer" target="_blank">
                {m.website}
              </a>
            ) : (
              <Missing />
            )}
          </dd>
        </div>
        <div>
          <dt>{t('field.notes')}</dt>
          <dd className="pre-line">{m.notes ?? <Missing />}</dd>
        </div>
      </dl>
    </section>
  );
}

/**
 * The agreements a municipality is a party to, one card each with its own joint activities.
 * `agreementPath` links each title to the agreement's page; without it (for readers who may not
 * open agreements) the titles are plain text.
 */
export function MunicipalityAgreements({
  municipality: m,
  kindInfo,
  agreementPath,
}: {
  municipality: Municipality;
  kindInfo: ReadonlyMap<AgreementKind, AgreementKindInfo>;
  agreementPath?: (agreement: MunicipalityAgreement) => string;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="agreements-heading">
      <h2 id="agreements-heading">{t('detail.agreements')}</h2>
      {m.agreements.length === 0 ? (
        <p>{t('detail.noAgreements')}</p>
      ) : (
        <ul className="cards">
          {m.agreements.map((a) => (
            <li key={a.id}>
              <AgreementCard agreement={a} kindInfo={kindInfo.get(a.kind) ?? null} to={agreementPath ? agreementPath(a) : null} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function AgreementCard({ agreement: a, kindInfo, to }: { agreement: MunicipalityAgreement; kindInfo: AgreementKindInfo | null; to: string | null }) {
  const { t, lang } = useI18n();
  const headingId = `agreement-${a.id}`;
  return (
    <article className="card" aria-labelledby={headingId}>
      <KindBadge kind={a.kind} />
      {/* Not a heading: the page has exactly one heading naming the municipality, and titles often contain it. */}
      <p id={headingId} className="card__title">
        {to ? <Link to={to}>{a.title}</Link> : a.title}
      </p>
      <dl className="facts facts--compact">
        <SignedFacts agreement={a} />
        <div>
          <dt>{t('detail.partyCount')}</dt>
          <dd>{t('format.partyCount', { n: formatNumber(a.partyCount, lang) })}</dd>
        </div>
      </dl>
      {a.explanation && <p className="pre-line">{a.explanation}</p>}
      {kindInfo?.explanation && (
        <KindExplanation title={t('detail.kindExplanation', { kind: t(agreementKindKey(a.kind)) })} explanation={kindInfo.explanation} />
      )}
      <p className="card__subtitle">{t('detail.activities')}</p>
      {a.activities.length === 0 ? (
        <p className="muted">{t('detail.noActivities')}</p>
      ) : (
        <ul className="activities">
          {a.activities.map((activity, i) => (
            <li key={i}>{activity}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
