/** The "forgot password" mail (Japanese first, then English): a one-time link valid for an hour. */
export function passwordResetMessage(p: { link: string; expiresAt: Date }) {
  const until = p.expiresAt.toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' });
  return {
    subject: '【Bussanten】パスワードの再設定 / Resetting your password',
    body: [
      'Bussantenのパスワードの再設定が依頼されました。次のリンクを開いて新しいパスワードを設定してください' +
        `（${until} まで有効、1回限り）。パスワードを変更すると、このアカウントのすべてのセッションが終了します。`,
      p.link,
      '心当たりがない場合は、このメールを無視してください。パスワードは変わりません。',
      '',
      'Someone asked to reset the password of your Bussanten account. Open the link above to choose a new one;',
      'it works once and expires in 1 hour. Changing the password signs out every session of the account.',
      'If this was not you, ignore this mail: your password stays as it is.',
    ].join('\n'),
  };
}

/** Written for a request naming an address without an account; never sent (see PasswordResetsService). */
export function passwordResetNoAccountMessage() {
  return {
    subject: '【Bussanten】パスワードの再設定 / Resetting your password',
    body: 'No account has this address: nothing was sent.',
  };
}

/** Sent after a password was set through a reset link. */
export function passwordChangedMessage(p: { at: Date }) {
  const at = p.at.toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' });
  return {
    subject: '【Bussanten】パスワードが変更されました / Your password was changed',
    body: [
      `Bussantenのパスワードが ${at} に再設定リンクで変更され、このアカウントのすべてのセッションが終了しました。`,
      '心当たりがない場合は、すぐに「パスワードをお忘れですか？」から再設定し、主催者に連絡してください。',
      '',
      'The password of your Bussanten account was changed with a reset link, and every session of the account was signed out.',
      'If this was not you, reset it at once with "Forgot your password?" and tell your organizer.',
    ].join('\n'),
  };
}
