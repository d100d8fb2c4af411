import type { AssignmentProposal, ProposalChange } from '@bussanten/contracts';
import { ResultsTable } from '../../components/ListPage';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { objectiveRows, objectiveTermKey, reasonLine, rowAction } from './proposal-model';

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
}: {
  changes: readonly ProposalChange[];
  chosen: ReadonlySet<string>;
  onChoose: (applicationId: string, on: boolean) => void;
}) {
  const { t, lang } = useI18n();
  return (
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
      {changes.map((c) => {
        const action = rowAction(c);
        return (
          <tr key={c.applicationId} className={action === 'choose' ? 'proposal-row--change' : undefined}>
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
                    checked={chosen.has(c.applicationId)}
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
      })}
    </ResultsTable>
  );
}
