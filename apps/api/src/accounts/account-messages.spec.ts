import { factorRemovedMessage, factorsResetMessage, recoveryCodeUsedMessage } from './factors/factor-messages';
import { invitationMessage } from './invitation-message';
import { passwordChangedMessage } from './password-reset-message';

const SHINAGAWA = { name: '品川区', nameEn: 'Shinagawa City', email: 'bussan@city.shinagawa.example.jp', phone: '03-1234-5678', note: null };
const AT = new Date('2027-02-16T15:30:00Z'); // 17 February 2027, 00:30 in Japan

describe('account mails', () => {
  describe('the invitation', () => {
    const link = 'https://bussanten.example.jp/invitations/secret-token';
    const m = invitationMessage({ host: SHINAGAWA, role: 'representative', municipality: { name: '宮古市', nameEn: 'Miyako City' }, link, expiresAt: AT });
    const english = m.body.slice(m.body.indexOf('Shinagawa City has invited you'));

    it('names the host and the municipality in English in the English half and subject', () => {
      expect(m.subject).toBe('【Bussanten】品川区からの招待 / Invitation from Shinagawa City');
      expect(m.body).toContain('品川区から、Bussanten（物産展の運営システム）に宮古市の担当者として招待されました。');
      expect(english).toContain('Shinagawa City has invited you to Bussanten as the representative of Miyako City.');
    });

    it('keeps its link once between the halves, with the expiry and its year, and the host contact in each half', () => {
      expect(m.body.split(link)).toHaveLength(2);
      expect(m.body.indexOf(link)).toBeLessThan(m.body.indexOf('has invited you'));
      expect(m.body).toContain('2027/2/17 0:30:00 まで有効');
      expect(english).toContain('Feb 17, 2027');
      expect(m.body).toContain('お問い合わせ：品川区 電話 03-1234-5678、メール bussan@city.shinagawa.example.jp');
      expect(english).toContain('Contact: Shinagawa City, phone 03-1234-5678, e-mail bussan@city.shinagawa.example.jp');
    });
  });

  it.each([
    [
      'passwordChanged',
      passwordChangedMessage({ at: AT, resetUrl: 'https://bussanten.example.jp/password-reset' }),
      'パスワードの再設定 / Reset your password:\nhttps://bussanten.example.jp/password-reset',
    ],
    [
      'factorRemoved',
      factorRemovedMessage({ factor: { kind: 'totp' }, at: AT, remaining: 1, securityUrl: 'https://bussanten.example.jp/account/security' }),
      'アカウントのセキュリティ / Account security:\nhttps://bussanten.example.jp/account/security',
    ],
    [
      'recoveryCodeUsed',
      recoveryCodeUsedMessage({ at: AT, remaining: 3, securityUrl: 'https://bussanten.example.jp/account/security' }),
      'アカウントのセキュリティ / Account security:\nhttps://bussanten.example.jp/account/security',
    ],
    [
      'factorsReset',
      factorsResetMessage({
        at: AT,
        by: { kind: 'organizer', host: { name: '品川区', nameEn: 'Shinagawa City' }, name: '区 職員' },
        signInUrl: 'https://bussanten.example.jp/sign-in',
      }),
      'ログイン / Sign in:\nhttps://bussanten.example.jp/sign-in',
    ],
  ])('%s: the moment with its year in both halves, one link to act on after both, no host contact', (_, m, link) => {
    expect(m.body).toContain('2027/2/17 0:30:00');
    expect(m.body).toContain('Feb 17, 2027');
    expect(m.body).toContain(`\n\n${link}\n`);
    expect(m.body.split(link.split('\n')[1] as string)).toHaveLength(2);
    expect(m.body).not.toMatch(/お問い合わせ|Contact:/);
  });

  it('factorsReset names the host in English in the English half', () => {
    const m = factorsResetMessage({
      at: AT,
      by: { kind: 'organizer', host: { name: '品川区', nameEn: 'Shinagawa City' }, name: '区 職員' },
      signInUrl: 'https://x.example/sign-in',
    });
    expect(m.body).toContain('品川区の主催者 区 職員');
    expect(m.body).toContain('区 職員, an organizer of Shinagawa City,');
  });
});
