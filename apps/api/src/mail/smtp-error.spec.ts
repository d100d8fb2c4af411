import { describeSmtpError } from './smtp-error';

describe('describeSmtpError', () => {
  const url = 'smtps://mailer%40ward:p%40ss-w0rd@smtp.example.jp:465';

  it('keeps the error code and the first line of the SMTP reply', () => {
    const e = Object.assign(new Error('Message failed: 451 4.3.0 try later'), { code: 'EMESSAGE', response: '451 4.3.0 try later\r\nmore', responseCode: 451 });
    expect(describeSmtpError(e, url)).toBe('EMESSAGE 451 4.3.0 try later');
  });

  it('falls back to the message of a socket error', () => {
    const e = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:2525'), { code: 'ESOCKET' });
    expect(describeSmtpError(e, url)).toBe('ESOCKET connect ECONNREFUSED 127.0.0.1:2525');
  });

  it('never shows the credentials of SMTP_URL, encoded or not', () => {
    const e = new Error(`Invalid login for mailer@ward with p@ss-w0rd at ${url} (p%40ss-w0rd)`);
    const text = describeSmtpError(e, url);
    expect(text).not.toContain('p@ss-w0rd');
    expect(text).not.toContain('p%40ss-w0rd');
    expect(text).not.toContain('mailer@ward');
    expect(text).toContain('***');
  });

  it('is short', () => {
    expect(describeSmtpError(new Error('x'.repeat(1000)), url)).toHaveLength(200);
    expect(describeSmtpError('odd', url)).toBe('odd');
  });
});
