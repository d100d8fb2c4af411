import { Link, useParams } from 'react-router';
import { fairsApi, fairTitle } from '../../fairs';
import { ErrorState, Loading } from '../../components/Status';
import { useRecord } from '../../hooks/useRecord';
import { useResource } from '../../hooks/useResource';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import '../../styles/fairs.css';
import { PlanEditor } from './PlanEditor';

/** /fairs/:id/booths: the fair's floor plan, drawn and edited. */
export default function BoothPlanPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const fair = useRecord(id, (id, signal) => fairsApi.getFair(id, { signal }));
  const plan = useResource(id, (signal) => fairsApi.floorPlan(id, { signal }));
  const f = fair.record;
  const p = plan.data && plan.data.fairId === id ? plan.data : null;
  useDocumentTitle(f ? t('plan.documentTitle', { name: fairTitle(f, lang) }) : t('plan.title'));

  const back = (
    <p className="back">
      <Link to={f ? `/fairs/${f.id}` : '/fairs'}>{f ? fairTitle(f, lang) : t('fairs.backToList')}</Link>
    </p>
  );
  const error = fair.error ?? plan.error;
  if (error !== null && (!f || !p)) {
    return (
      <>
        {back}
        <ErrorState error={error} onRetry={fair.error !== null ? fair.retry : plan.reload} />
      </>
    );
  }
  if (!f || !p) return <Loading />;

  return (
    <>
      {back}
      <div className="page-heading">
        <hgroup>
          <h1>{t('plan.title')}</h1>
          <p className="muted">{fairTitle(f, lang)}</p>
        </hgroup>
      </div>
      {p.sample && (
        <div className="note" role="note">
          <p>{t('plan.sample')}</p>
        </div>
      )}
      <dl className="facts facts--compact">
        <div>
          <dt>{t('plan.room')}</dt>
          <dd>{t('fairs.roomOption', { room: `${f.venue.name} ${p.room.name}`, width: p.room.widthM, depth: p.room.depthM })}</dd>
        </div>
      </dl>
      <PlanEditor key={id} fair={f} plan={p} />
    </>
  );
}
