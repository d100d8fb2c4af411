import { Link, useParams } from 'react-router';
import { fairTitle, useFair, useFloorPlan } from '../../fairs';
import { canRetry } from '../../api/query-client';
import { ErrorState, Loading } from '../../components/Status';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import '../../styles/fairs.css';
import './booth-plan.css';
import { PlanEditor } from './PlanEditor';

/** /fairs/:id/booths: the fair's floor plan, drawn and edited. */
export default function BoothPlanPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  // Keyed by the fair: another fair's plan is never shown (or edited) while this one's loads.
  const fair = useFair(id);
  const plan = useFloorPlan(id);
  const f = fair.data ?? null;
  const p = plan.data ?? null;
  useDocumentTitle(f ? t('plan.documentTitle', { name: fairTitle(f, lang) }) : t('plan.title'));

  const back = (
    <p className="back">
      <Link to={f ? `/fairs/${f.id}` : '/fairs'}>{f ? fairTitle(f, lang) : t('fairs.backToList')}</Link>
    </p>
  );
  const failed = [fair, plan].find((q) => q.isError && !q.data);
  if (failed) {
    return (
      <>
        {back}
        <ErrorState error={failed.error} onRetry={canRetry(failed.error) ? () => void failed.refetch() : undefined} />
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
