/** What stands in a sent message's stored body where a link with a token was. */
export const LINK_REMOVED = '[送信後にリンクを削除しました / link removed after sending]';

/**
 * The body kept in outbox_messages once a message is sent: every secret link (one that carries a
 * token, e.g. an invitation's /invitations/<token>) replaced by LINK_REMOVED, so the table, its
 * backups and the organizers' 送信メール page no longer hold a usable token. Null when there is
 * nothing to remove (the stored body stays as it is).
 */
export function bodyAfterSending(body: string, secretLinks: readonly string[] | null): string | null {
  const links = (secretLinks ?? []).filter((link) => link !== '' && body.includes(link));
  if (!links.length) return null;
  // Longest first, so that a link which is the start of another is not half-replaced.
  return [...links].sort((a, b) => b.length - a.length).reduce((text, link) => text.split(link).join(LINK_REMOVED), body);
}
