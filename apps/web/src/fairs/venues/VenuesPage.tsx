import { useState } from 'react';
import { Link } from 'react-router';
import type { Venue } from '@bussanten/contracts';
import { QueryState } from '../../components/QueryState';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import '../../styles/fairs.css';
import { useVenues } from '../queries';
import { VenueForm } from './VenueForm';
import { venueAddressLine } from '@bussanten/domain';

type Editing = { kind: 'new' } | { kind: 'edit'; venue: Venue } | null;

/** /venues: the halls the host rents and their rooms' sizes, which every floor plan is drawn on. */
export default function VenuesPage() {
  const { t } = useI18n();
  useDocumentTitle(t('venues.title'));
  const list = useVenues();
  const [editing, setEditing] = useState<Editing>(null);
  const [done, setDone] = useState('');

  const saved = (venue: Venue) => {
    setEditing(null);
    setDone(t('venues.saved', { name: venue.name }));
  };

  return (
    <>
      <p className="back">
        <Link to="/fairs">{t('fairs.backToList')}</Link>
      </p>
      <div className="page-heading">
        <h1>{t('venues.title')}</h1>
        <div className="actions">
          <button
            type="button"
            className="button--primary"
            onClick={() => {
              setDone('');
              setEditing({ kind: 'new' });
            }}
            disabled={editing?.kind === 'new'}
          >
            {t('venues.add')}
          </button>
        </div>
      </div>
      <p className="hint">{t('venues.intro')}</p>
      <p className="flash" role="status" hidden={!done}>
        {done}
      </p>

      {editing && (
        <VenueForm
          key={editing.kind === 'edit' ? editing.venue.id : 'new'}
          existing={editing.kind === 'edit' ? editing.venue : null}
          onDone={saved}
          onCancel={() => setEditing(null)}
        />
      )}

      <div className="results" aria-busy={list.isFetching}>
        <QueryState query={list}>
          {(venues) =>
            venues.length === 0 ? (
              <p className="empty">{t('venues.empty')}</p>
            ) : (
              <ul className="cards">
                {venues.map((venue) => (
                  <li key={venue.id} className="card">
                    <h2 className="card__title">{venue.name}</h2>
                    <p className="muted">{venueAddressLine(venue)}</p>
                    {venue.rooms.length === 0 ? (
                      <p className="muted">{t('venues.noRooms')}</p>
                    ) : (
                      <ul className="rooms" aria-label={t('venues.roomsOf', { name: venue.name })}>
                        {venue.rooms.map((room) => (
                          <li key={room.id}>{t('fairs.roomOption', { room: room.name, width: room.widthM, depth: room.depthM })}</li>
                        ))}
                      </ul>
                    )}
                    <div className="actions">
                      <button
                        type="button"
                        onClick={() => {
                          setDone('');
                          setEditing({ kind: 'edit', venue });
                        }}
                        aria-label={t('venues.editLabel', { name: venue.name })}
                      >
                        {t('common.edit')}
                      </button>
                    </div>
                  </li>
                ))}
              </ul>
            )
          }
        </QueryState>
      </div>
    </>
  );
}
