import type { HostRole } from '@bussanten/contracts';

/** The invitation mail (Japanese first, then English), written to the outbox with the invitation and sent by the mail worker. */
export function invitationMessage(p: { hostName: string; role: HostRole; municipalityName: string | null; link: string; expiresAt: Date }) {
  const roleJa = p.role === 'organizer' ? '主催者' : `${p.municipalityName ?? ''}の担当者`;
  const roleEn = p.role === 'organizer' ? 'an organizer' : `the representative of ${p.municipalityName ?? ''}`;
  const until = p.expiresAt.toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' });
  return {
    subject: `【Bussanten】${p.hostName}からの招待 / Invitation from ${p.hostName}`,
    body: [
      `${p.hostName}から、Bussanten（物産展の運営システム）に${roleJa}として招待されました。`,
      `次のリンクを開いてパスワードを設定してください。すでにBussantenのアカウントをお持ちの場合は、そのパスワードで承諾できます（${until} まで有効、1回限り）。`,
      p.link,
      '',
      `${p.hostName} has invited you to Bussanten as ${roleEn}.`,
      'Open the link above to set your password, or, if you already have a Bussanten account, to accept with its password. It works once and expires in 7 days.',
    ].join('\n'),
  };
}
