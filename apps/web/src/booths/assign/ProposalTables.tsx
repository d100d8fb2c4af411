import type { AssignmentProposal, ProposalChange } from '@bussanten/contracts';
import { ResultsTable } from '../../components/ListPage';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import type { HighlightStore } from './proposal-map';
import { objectiveRows, objectiveSentences, objectiveTermKey, reasonLine, rowAction } from './proposal-model';
import { useHighlighted } from './ProposalOverlay';

/**
 * What the proposal changes, in sentences ('同業の出展者が隣り合う組が2組減ります'), with the
 * scores behind them folded away for the technically minded.
 */
export function ObjectiveSummary({ proposal }: { proposal: AssignmentProposal }) {
  const { t, lang } = useI18n();
  const sentences = objectiveSentences(proposal, lang);
  return (
    <div className="proposal-objective">
      <h3>{t('proposal.changesHeading')}</h3>
      {sentences.length === 0 ? (
        <p>{t('proposal.objective.same')}</p>
      ) : (
        <>
          <ul className="proposal-objective__sentences">
            {sentences.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
          <p className="hint">{t('proposal.objective.whole')}</p>
        </>
      )}
      <details className="proposal-objective__scores">
        <summary>{t('proposal.scores')}</summary>
        <ObjectiveTable proposal={proposal} />
      </details>
    </div>
  );
}

/** The plan's score now and as proposed, term by term: what the proposal gains, in numbers. */
export function ObjectiveTable({ proposal }: { proposal: AssignmentProposal }) {
  const { t, lang } = useI18n();
  return (
    <ResultsTable
      captionId="proposal-objective-caption"
      caption={t('proposal.objectiveCaption')}
      columns={[{ label: t('proposal.term') }, { label: t('proposal.now'), numeric: true }, { label: t('proposal.proposed'), numeric: true }]}
    >
      {objectiveRows(proposal.before, proposal.after).map((row) => (
        <tr key={row.term} className={row.term === 'total' ? 'proposal-total' : undefined}>
          <th scope="row">{t(objectiveTermKey(row.term))}</th>
          <td className="num">{formatNumber(row.now, lang, 2)}</td>
          <td className="num">{formatNumber(row.proposed, lang, 2)}</td>
        </tr>
      ))}
    </ResultsTable>
  );
}

/**
 * Each accepted application: where it is, where the proposal puts it, why, and a checkbox to take
 * the change. Pinned ones and unchanged ones say so instead, as there is nothing to take.
 */
export function ChangesTable({
  changes,
  chosen,
  onChoose,
  highlight,
}: {
  changes: readonly ProposalChange[];
  chosen: ReadonlySet<string>;
  onChoose: (applicationId: string, on: boolean) => void;
  highlight: HighlightStore;
}) {
  const { t } = useI18n();
  return (
    <div className="proposal-changes">
      <ResultsTable
        captionId="proposal-changes-caption"
        caption={t('proposal.changesCaption')}
        columns={[
          { label: t('proposal.exhibitor') },
          { label: t('proposal.now') },
          { label: t('proposal.proposed') },
          { label: t('proposal.reason') },
          { label: t('proposal.accept') },
        ]}
      >
        {changes.map((c) => (
          <ChangeRow key={c.applicationId} change={c} chosen={chosen.has(c.applicationId)} onChoose={onChoose} highlight={highlight} />
        ))}
      </ResultsTable>
    </div>
  );
}

/** One change; pointing at it or focusing its checkbox highlights its mark on the map, and the other way round. */
function ChangeRow({
  change: c,
  chosen,
  onChoose,
  highlight,
}: {
  change: ProposalChange;
  chosen: boolean;
  onChoose: (applicationId: string, on: boolean) => void;
  highlight: HighlightStore;
}) {
  const { t, lang } = useI18n();
  const on = useHighlighted(highlight, c.applicationId);
  const action = rowAction(c);
  const classes = [action === 'choose' ? 'proposal-row--change' : '', on ? 'proposal-row--highlight' : ''].filter(Boolean).join(' ');
  const point = () => highlight.set(c.applicationId);
  const leave = () => {
    if (highlight.get() === c.applicationId) highlight.set(null);
  };
  return (
    <tr className={classes || undefined} onMouseEnter={point} onMouseLeave={leave} onFocus={point} onBlur={leave}>
      <th scope="row">{c.municipalityName}</th>
      <td>{c.current?.boothCode ?? <span className="muted">{t('proposal.noBooth')}</span>}</td>
      <td>{c.proposed ? <strong>{c.proposed.boothCode}</strong> : <span className="badge badge--warning">{t('proposal.leftOut')}</span>}</td>
      <td className="wrap">{reasonLine(c, lang)}</td>
      <td>
        {action === 'choose' && (
          <label className="proposal-choice">
            <input
              type="checkbox"
              aria-label={t('proposal.acceptChange', { name: c.municipalityName })}
              checked={chosen}
              onChange={(e) => onChoose(c.applicationId, e.target.checked)}
            />
            {t('proposal.accept')}
          </label>
        )}
        {action === 'pinned' && <span className="badge badge--pinned">{t('proposal.pinnedRow')}</span>}
        {action === 'keep' && <span className="muted">{t('proposal.keep')}</span>}
      </td>
    </tr>
  );
}
