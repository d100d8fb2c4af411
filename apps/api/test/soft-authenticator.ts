import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';

/**
 * A WebAuthn authenticator in software, for API tests that cannot drive a browser: it answers the
 * options @simplewebauthn/server makes the way a platform authenticator would (packed "none"
 * attestation, ES256, a discoverable credential). The browser tests use Chromium's virtual
 * authenticator instead; this one lets the API tests reach every branch (wrong origin, replayed
 * challenge, a cloned key's counter) without one.
 */

// The few CBOR types a WebAuthn attestation needs (RFC 8949): unsigned and negative integers, byte
// and text strings, maps.
type Cbor = number | string | Uint8Array | Map<Cbor, Cbor>;

function head(major: number, n: number): Buffer {
  if (n < 24) return Buffer.from([(major << 5) | n]);
  if (n < 256) return Buffer.from([(major << 5) | 24, n]);
  return Buffer.from([(major << 5) | 25, n >> 8, n & 255]);
}

function cbor(v: Cbor): Buffer {
  if (typeof v === 'number') return v >= 0 ? head(0, v) : head(1, -1 - v);
  if (typeof v === 'string') return Buffer.concat([head(3, Buffer.byteLength(v)), Buffer.from(v, 'utf8')]);
  if (v instanceof Uint8Array) return Buffer.concat([head(2, v.length), Buffer.from(v)]);
  return Buffer.concat([head(5, v.size), ...[...v].flatMap(([k, val]) => [cbor(k), cbor(val)])]);
}

const b64url = (b: Uint8Array): string => Buffer.from(b).toString('base64url');
const sha256 = (b: Uint8Array | string): Buffer => createHash('sha256').update(b).digest();

const UP = 0x01;
const UV = 0x04;
const AT = 0x40;

interface Credential {
  id: Buffer;
  key: KeyObject;
  userHandle: string;
  counter: number;
}

export class SoftAuthenticator {
  private readonly credentials: Credential[] = [];

  /** origin: where the "browser" says it is (a phishing site's origin makes the server refuse). */
  constructor(
    private readonly origin: string,
    private readonly rpId = new URL(origin).hostname,
  ) {}

  /** Answers registration options (PublicKeyCredentialCreationOptionsJSON) like navigator.credentials.create. */
  register(options: Record<string, unknown>): Record<string, unknown> {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = publicKey.export({ format: 'jwk' });
    const cose = cbor(
      new Map<Cbor, Cbor>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, Buffer.from(jwk.x as string, 'base64url')],
        [-3, Buffer.from(jwk.y as string, 'base64url')],
      ]),
    );
    const id = randomBytes(16);
    const user = options['user'] as { id: string };
    this.credentials.push({ id, key: privateKey, userHandle: user.id, counter: 0 });
    const counter = Buffer.alloc(4);
    const idLength = Buffer.from([id.length >> 8, id.length & 255]);
    const authData = Buffer.concat([sha256(this.rpId), Buffer.from([UP | UV | AT]), counter, Buffer.alloc(16), idLength, id, cose]);
    const clientData = this.clientData('webauthn.create', options['challenge'] as string);
    return {
      id: b64url(id),
      rawId: b64url(id),
      type: 'public-key',
      response: {
        clientDataJSON: b64url(clientData),
        attestationObject: b64url(
          cbor(
            new Map<Cbor, Cbor>([
              ['fmt', 'none'],
              ['attStmt', new Map()],
              ['authData', authData],
            ]),
          ),
        ),
        transports: ['internal'],
      },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
    };
  }

  /**
   * Answers authentication options like navigator.credentials.get: with the credential the options
   * allow (or the newest one, for a discoverable sign-in). `counterStep` 0 plays a cloned key.
   */
  assert(options: Record<string, unknown>, counterStep = 1): Record<string, unknown> {
    const allowed = (options['allowCredentials'] as { id: string }[] | undefined) ?? [];
    const credential = allowed.length ? this.credentials.find((c) => allowed.some((a) => a.id === b64url(c.id))) : this.credentials.at(-1);
    if (!credential) throw new Error('no credential of this authenticator is allowed');
    credential.counter += counterStep;
    const counter = Buffer.alloc(4);
    counter.writeUInt32BE(credential.counter);
    const authData = Buffer.concat([sha256(this.rpId), Buffer.from([UP | UV]), counter]);
    const clientData = this.clientData('webauthn.get', options['challenge'] as string);
    const signature = sign('sha256', Buffer.concat([authData, sha256(clientData)]), credential.key);
    return {
      id: b64url(credential.id),
      rawId: b64url(credential.id),
      type: 'public-key',
      response: { clientDataJSON: b64url(clientData), authenticatorData: b64url(authData), signature: b64url(signature), userHandle: credential.userHandle },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
    };
  }

  private clientData(type: string, challenge: string): Buffer {
    return Buffer.from(JSON.stringify({ type, challenge, origin: this.origin, crossOrigin: false }), 'utf8');
  }
}
