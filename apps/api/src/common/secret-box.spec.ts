import { SecretBox, SecretBoxError } from './secret-box';

describe('SecretBox (AES-256-GCM, key from APP_SECRET)', () => {
  const current = 'current-app-secret-0123456789abcdefghij';
  const old = 'previous-app-secret-0123456789abcdefghij';

  it('seals to v1:<key id>:<iv>:<tag>:<ciphertext> that hides the secret, with a fresh IV each time', () => {
    const box = new SecretBox(current);
    const a = box.seal('whsec-plain', 'webhooks.secret:1');
    const b = box.seal('whsec-plain', 'webhooks.secret:1');
    expect(a).toMatch(/^v1:[A-Za-z0-9_-]{8}:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]{22}:[A-Za-z0-9_-]+$/);
    expect(a).not.toContain('whsec');
    expect(a).not.toBe(b);
    expect(SecretBox.keyIdOf(a)).toBe(box.keyId);
    expect(box.open(a, 'webhooks.secret:1')).toBe('whsec-plain');
  });

  it('refuses another row, an altered or truncated value, and an unknown key', () => {
    const box = new SecretBox(current);
    const sealed = box.seal('whsec-plain', 'webhooks.secret:1');
    expect(() => box.open(sealed, 'webhooks.secret:2')).toThrow(SecretBoxError);
    const parts = sealed.split(':');
    const flipped = [...parts];
    flipped[4] = (parts[4] as string).replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    expect(() => box.open(flipped.join(':'), 'webhooks.secret:1')).toThrow(SecretBoxError);
    const shortTag = [...parts];
    shortTag[3] = (parts[3] as string).slice(0, 6);
    expect(() => box.open(shortTag.join(':'), 'webhooks.secret:1')).toThrow(SecretBoxError);
    expect(() => new SecretBox(old).open(sealed, 'webhooks.secret:1')).toThrow(/neither APP_SECRET nor APP_SECRET_PREVIOUS/);
    expect(() => box.open('whsec-plain', 'webhooks.secret:1')).toThrow(SecretBoxError);
  });

  it('rotation: opens what the previous key sealed, seals under the new one only', () => {
    const sealedOld = new SecretBox(old).seal('whsec-plain', 'ctx');
    const rotating = new SecretBox(current, [old]);
    expect(rotating.open(sealedOld, 'ctx')).toBe('whsec-plain');
    const resealed = rotating.seal(rotating.open(sealedOld, 'ctx'), 'ctx');
    expect(SecretBox.keyIdOf(resealed)).toBe(new SecretBox(current).keyId);
    expect(new SecretBox(current).open(resealed, 'ctx')).toBe('whsec-plain');
    expect(SecretBox.keyIdOf(sealedOld)).not.toBe(rotating.keyId);
  });
});
