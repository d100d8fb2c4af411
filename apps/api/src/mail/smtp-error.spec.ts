import { describeSmtpError } from './smtp-error';
import { STARTTLS_REFUSED } from './smtp-security';

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

  it('says in plain words that a send was held back because the relay refused STARTTLS', () => {
    const refused = Object.assign(new Error('Error upgrading connection with STARTTLS'), {
      code: 'ETLS',
      response: '502 5.5.2 Error: command not recognized',
      command: 'STARTTLS',
    });
    expect(describeSmtpError(refused, url, { requireTls: true })).toBe(`ETLS ${STARTTLS_REFUSED}`);
    expect(describeSmtpError(refused, url)).toBe('ETLS 502 5.5.2 Error: command not recognized');
    // A failed handshake (e.g. a certificate the relay's name does not match) keeps its own reason.
    const handshake = Object.assign(new Error('Error initiating TLS - self-signed certificate'), { code: 'ETLS', response: false });
    expect(describeSmtpError(handshake, url, { requireTls: true })).toBe('ETLS Error initiating TLS - self-signed certificate');
  });

  it('is short', () => {
    expect(describeSmtpError(new Error('x'.repeat(1000)), url)).toHaveLength(200);
    expect(describeSmtpError(new Error('x'.repeat(1000)), url, { maxLength: 50 })).toHaveLength(50);
    expect(describeSmtpError('odd', url)).toBe('odd');
  });
});
