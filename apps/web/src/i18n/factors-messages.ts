/**
 * Second factors: passkeys, the authenticator app (TOTP), recovery codes, the sign-in step that
 * asks for one, and the host's rule; merged into dictionaries.ts. Japanese first, English complete,
 * placeholders `{name}` identical in both.
 */
export const factorsJa = {
  'error.SIGN_IN_INCOMPLETE': 'サインインが完了していません。二要素認証の手順を続けてください。',
  'error.SECOND_FACTOR_INVALID': 'コードまたはパスキーを確認できませんでした。もう一度お試しください。',
  'error.SIGN_IN_STEP_NOT_PENDING': 'この手順は今は必要ありません。ページを再読み込みしてください。',
  'error.FACTOR_REQUIRED': '所属する主催者が二要素認証を必須にしているため、最後の認証手段は削除できません。先に別の手段を登録してください。',
  'error.TOTP_STATE': '認証アプリの設定状態が変わりました。ページを再読み込みしてやり直してください。',
  'error.PASSKEY_NOT_FOUND': 'このパスキーは見つかりません（削除済みの可能性があります）。',
  'error.DUPLICATE_PASSKEY_NAME': '同じ名前のパスキーがすでにあります。別の名前にしてください。',
};

export const factorsEn: Record<keyof typeof factorsJa, string> = {
  'error.SIGN_IN_INCOMPLETE': 'Sign-in is not complete yet. Please finish the two-step verification.',
  'error.SECOND_FACTOR_INVALID': 'The code or passkey could not be verified. Please try again.',
  'error.SIGN_IN_STEP_NOT_PENDING': 'This step is not needed now. Please reload the page.',
  'error.FACTOR_REQUIRED': 'A host you organize for requires two-step verification, so your last method cannot be removed. Add another one first.',
  'error.TOTP_STATE': 'The authenticator app setup has changed. Please reload the page and start again.',
  'error.PASSKEY_NOT_FOUND': 'This passkey was not found (it may have been removed).',
  'error.DUPLICATE_PASSKEY_NAME': 'You already have a passkey with this name. Please choose another.',
};
