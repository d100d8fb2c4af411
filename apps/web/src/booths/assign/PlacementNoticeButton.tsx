import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NoticePlacement, PlacementNoticeItem } from '@bussanten/contracts';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useActionFeedback } from '../../components/ActionFeedback';
import { QueryState } from '../../components/QueryState';
import { formatDay } from '../../fairs';
import { useI18n } from '../../i18n/i18n';
import { placementNoticesApi } from '../api/placement-notices';

const previewKey = (fairId: string) => ['booths', fairId, 'placementNotice'] as const;

/**
 * 「配置を通知」: placing booths mails nobody; this tells each exhibitor whose booths or days changed
 * since the last notice, in one mail, after the organizer has seen who will hear what. A published
 * fair's exhibitors hear from its release notices instead, so the button is not offered there.
 */
export function PlacementNoticeButton({ fairId, published }: { fairId: string; published: boolean }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const { feedback, succeeded, failed, clear } = useActionFeedback();
  // Read when the dialog opens, always afresh: placements change under it all the time.
  const preview = useQuery({
    queryKey: previewKey(fairId),
    queryFn: ({ signal }) => placementNoticesApi.preview(fairId, { signal }),
    enabled: open,
    staleTime: 0,
  });
  const send = useMutation({
    mutationFn: () => placementNoticesApi.send(fairId),
    onSuccess: (result) => {
      setOpen(false);
      succeeded(t('assign.notice.sent', { n: result.messages, exhibitors: result.exhibitors }));
      return queryClient.invalidateQueries({ queryKey: previewKey(fairId) });
    },
    onError: (error) => {
      setOpen(false);
      failed(error);
    },
  });
  if (published) return <p className="hint">{t('assign.notice.published')}</p>;
  const items = preview.data?.items ?? [];
  return (
    <>
      <button
        type="button"
        onClick={() => {
          clear();
          setOpen(true);
        }}
      >
        {t('assign.notice.button')}
      </button>
      {feedback}
      <ConfirmDialog
        open={open}
        tone="primary"
        title={t('assign.notice.title')}
        confirmLabel={items.length ? t('assign.notice.send', { n: items.length }) : t('assign.notice.sendNone')}
        busyLabel={t('assign.notice.sending')}
        busy={send.isPending}
        confirmDisabled={!preview.data}
        onConfirm={() => send.mutate()}
        onCancel={() => setOpen(false)}
      >
        <QueryState query={preview} loadingLabel={t('assign.notice.loading')}>
          {(data) => (
            <>
              <p>{data.lastSentAt ? t('assign.notice.since', { at: data.lastSentAt }) : t('assign.notice.first')}</p>
              {data.items.length === 0 ? <p className="empty">{t('assign.notice.nothing')}</p> : <NoticeList items={data.items} />}
            </>
          )}
        </QueryState>
      </ConfirmDialog>
    </>
  );
}

function NoticeList({ items }: { items: readonly PlacementNoticeItem[] }) {
  const { t, lang } = useI18n();
  const placements = (list: readonly NoticePlacement[]) =>
    list.length
      ? list
          .map((p) =>
            t('assign.notice.placement', {
              booth: p.booth,
              days: p.from === p.to ? formatDay(p.from, lang) : t('assign.notice.range', { from: formatDay(p.from, lang), to: formatDay(p.to, lang) }),
            }),
          )
          .join(t('assign.notice.separator'))
      : t('assign.notice.noBooth');
  return (
    <ul className="notice-list">
      {items.map((item) => (
        <li key={item.applicationId}>
          <strong>{item.municipalityName}</strong>: {placements(item.after)}
          {item.before.length > 0 && <span className="muted"> {t('assign.notice.before', { placements: placements(item.before) })}</span>}
          {item.recipients === 0 && <span className="muted"> {t('assign.notice.noAccount')}</span>}
        </li>
      ))}
    </ul>
  );
}
