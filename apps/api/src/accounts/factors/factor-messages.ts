/** Mails about a person's second factors (Japanese first, then English), to the account's own address. */

const tokyo = (at: Date) => at.toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' });
const IF_NOT_YOU_JA = '心当たりがない場合は、すぐにパスワードを変更し、主催者に連絡してください。';
const IF_NOT_YOU_EN = 'If this was not you, change your password at once and tell your organizer.';

export type RemovedFactor = { kind: 'passkey'; name: string } | { kind: 'totp' };

export function factorRemovedMessage(p: { factor: RemovedFactor; at: Date; remaining: number }) {
  const ja = p.factor.kind === 'passkey' ? `パスキー「${p.factor.name}」` : '認証アプリ';
  const en = p.factor.kind === 'passkey' ? `The passkey "${p.factor.name}"` : 'The authenticator app';
  const left = p.remaining === 0 ? ['二要素認証の手段はもうありません。ログインはパスワードだけで行われます。', 'No second factor is left: signing in now takes the password alone.'] : ['', ''];
  return {
    subject: '【Bussanten】二要素認証の手段が削除されました / A sign-in factor was removed',
    body: [`${ja}が ${tokyo(p.at)} にBussantenのアカウントから削除されました。`, left[0], IF_NOT_YOU_JA, '', `${en} was removed from your Bussanten account.`, left[1], IF_NOT_YOU_EN]
      .filter((line, i, all) => line !== '' || all[i - 1] !== '')
      .join('\n'),
  };
}

export function recoveryCodeUsedMessage(p: { at: Date; remaining: number }) {
  return {
    subject: '【Bussanten】リカバリーコードでログインしました / A recovery code was used',
    body: [
      `${tokyo(p.at)} に、リカバリーコードを使ってBussantenにログインしました。残りのコードは ${p.remaining} 個です。`,
      'コードが少なくなったら「アカウントのセキュリティ」で作り直してください。',
      IF_NOT_YOU_JA,
      '',
      `Someone signed in to your Bussanten account with a recovery code. ${p.remaining} codes remain;`,
      'make new ones under "Account security" when they run low.',
      IF_NOT_YOU_EN,
    ].join('\n'),
  };
}

export function factorsResetMessage(p: { at: Date; by: string }) {
  return {
    subject: '【Bussanten】二要素認証がリセットされました / Your two-step verification was reset',
    body: [
      `${p.by} が ${tokyo(p.at)} に、Bussantenのアカウントのパスキー・認証アプリ・リカバリーコードをすべて削除し、すべてのセッションを終了しました。`,
      '次のログインはパスワードだけで行い、新しい手段を登録してください。',
      IF_NOT_YOU_JA,
      '',
      `${p.by} removed every passkey, authenticator app and recovery code of your Bussanten account and signed out all its sessions.`,
      'Sign in with your password and enrol a new factor.',
      IF_NOT_YOU_EN,
    ].join('\n'),
  };
}
