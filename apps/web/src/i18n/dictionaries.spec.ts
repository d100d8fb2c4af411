import { AGREEMENT_KINDS, ErrorCode, MUNICIPALITY_KINDS, MUNICIPALITY_SORTS, ROLES, type InvitationStatus } from '@bussanten/contracts';
import type { PasswordProblem } from '@bussanten/domain';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '../audit';
import { en, ja, isMessageKey, placeholdersOf, translate } from './dictionaries';

describe('dictionaries', () => {
  const jaKeys = Object.keys(ja).sort();
  const enKeys = Object.keys(en).sort();

  it('have exactly the same keys in ja and en', () => {
    expect(enKeys).toEqual(jaKeys);
  });

  it.each(jaKeys)('%s is non-empty in both and uses the same placeholders', (key) => {
    const jaText = (ja as Record<string, string>)[key] as string;
    const enText = (en as Record<string, string>)[key] as string;
    expect(jaText.trim()).not.toBe('');
    expect(enText.trim()).not.toBe('');
    expect(placeholdersOf(enText)).toEqual(placeholdersOf(jaText));
  });

  it.each([
    ...Object.values(ErrorCode).map((code) => `error.${code}`),
    ...MUNICIPALITY_KINDS.map((kind) => `municipalityKind.${kind}`),
    ...AGREEMENT_KINDS.map((kind) => `agreementKind.${kind}`),
    ...MUNICIPALITY_SORTS.map((sort) => `sort.${sort}`),
    ...ROLES.map((role) => `role.${role}`),
    ...AUDIT_ACTIONS.map((action) => `auditAction.${action}`),
    ...AUDIT_ENTITY_TYPES.map((type) => `auditEntity.${type}`),
    ...(['pending', 'accepted', 'expired', 'revoked'] satisfies InvitationStatus[]).map((status) => `invitationStatus.${status}`),
    // Everything the domain's password rules can answer, as the API's WEAK_PASSWORD details name them.
    ...(['tooShort', 'tooLong', 'weak', 'containsEmail'] satisfies PasswordProblem[]).map((rule) => `rule.${rule}`),
  ])('translates %s', (key) => {
    expect(isMessageKey(key)).toBe(true);
  });

  it.each([
    ['municipalityKind.prefecture', '都道府県'],
    ['municipalityKind.city', '市'],
    ['municipalityKind.special_ward', '特別区'],
    ['municipalityKind.town', '町'],
    ['municipalityKind.village', '村'],
    ['agreementKind.comprehensive', '包括的な協定'],
    ['agreementKind.exchange', '交流協定'],
    ['agreementKind.disaster_aid', '災害時相互援助協定'],
    ['agreementKind.cooperation', '連携協定'],
    ['agreementKind.other', 'その他'],
    ['list.search', '検索'],
    ['list.empty', '該当する自治体はありません'],
    ['list.new', '新規登録'],
    // Names the browser tests find controls by.
    ['auth.email', 'メールアドレス'],
    ['auth.password', 'パスワード'],
    ['auth.signIn', 'ログイン'],
    ['auth.signOut', 'ログアウト'],
    ['invitation.displayName', '表示名'],
    ['invitation.password', 'パスワード'],
    ['invitation.passwordConfirm', 'パスワード（確認）'],
    ['invitation.submit', 'パスワードを設定して始める'],
    ['nav.people', '関係者'],
    ['nav.audit', '操作履歴'],
    ['nav.myMunicipality', '私の自治体'],
    ['people.inviteSubmit', '招待する'],
    ['people.linkLabel', '招待リンク'],
    ['people.copy', 'コピー'],
    ['people.disable', 'この区での権限を停止'],
    ['people.enable', '再開'],
    ['people.revokeInvitation', '招待を取り消す'],
    ['invitation.accept', '承諾する'],
    ['nav.hosts', 'ホスト'],
    ['role.operator', '運用者'],
    ['membership.switchLabel', '立場を切り替える'],
    ['membership.switch', '切り替える'],
    ['people.resend', '再送'],
    ['account.changePassword', 'パスワード変更'],
    ['role.organizer', '主催者'],
    ['role.representative', '自治体担当者'],
  ] as const)('ja %s is %s', (key, text) => {
    expect(translate('ja', key)).toBe(text);
  });

  it.each([
    ['ja', 'list.range', { total: 52, from: 1, to: 20 }, '52件中 1–20件'],
    ['en', 'list.range', { total: 52, from: 21, to: 40 }, '21–40 of 52'],
    ['ja', 'format.partyCount', { n: 20 }, '20自治体'],
    ['ja', 'hosts.disableBody', {}, 'このホストの主催者・担当者はこのホストの権限で利用できなくなります。公開ページはそのままです。'],
    ['en', 'hosts.disableBody', {}, 'Organizers and representatives of this host lose access through it; its public pages stay online.'],
    ['ja', 'format.yearWithEra', { year: 2002 }, '2002年（{wareki}）'],
  ] as const)('%s %s fills its placeholders', (lang, key, params, expected) => {
    expect(translate(lang, key, params)).toBe(expected);
  });
});
