/**
 * The outbox page's word on links removed after sending, merged into dictionaries.ts. Same rules:
 * Japanese first, English complete, placeholders `{name}` identical in both.
 */
export const outboxLinksJa = {
  'outbox.linksRemoved':
    '招待リンクは1回限りの鍵なので、送信が済んだメールの本文からは削除しています（「[送信後にリンクを削除しました]」と表示されます）。送信待ちと失敗のメールには残っているので、必要なら手で伝えてください。',
};

export const outboxLinksEn: Record<keyof typeof outboxLinksJa, string> = {
  'outbox.linksRemoved':
    'Invitation links work like a one-time key, so they are removed from the stored text of a message once it has been sent (it then reads "[link removed after sending]"). Messages waiting or failed still hold theirs, to pass on by hand if needed.',
};
