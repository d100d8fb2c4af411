import { readFileSync } from 'node:fs';
import { CONTRACT_SCHEMAS_FILE, generateContractSchemas, toOpenApiComponents } from './contract-schemas';

describe('the schemas of libs/contracts (contract-schemas.json)', () => {
  it('are what libs/contracts says today: regenerating gives the committed file (else run npm run openapi:schemas)', () => {
    const committed = readFileSync(CONTRACT_SCHEMAS_FILE, 'utf8');
    expect(committed).toBe(JSON.stringify(generateContractSchemas(), null, 2) + '\n');
  });

  it('are OpenAPI 3.0: const as enum, null in a union as nullable with a type, $refs to components, no generic names', () => {
    const schemas = toOpenApiComponents({
      Kind: { type: 'string', const: 'booth' },
      Ref: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'], additionalProperties: false },
      Holder: {
        type: 'object',
        properties: {
          name: { type: ['string', 'null'] },
          ref: { anyOf: [{ $ref: '#/definitions/Ref' }, { type: 'null' }], description: 'or none' },
          page: { $ref: '#/definitions/Page<Ref>' },
          guard: { $comment: '(x: unknown) => x is Ref', type: 'object' },
        },
      },
      'Page<Ref>': { type: 'object', properties: { items: { type: 'array', items: { $ref: '#/definitions/Ref' } } } },
      RefPage: { $ref: '#/definitions/Page<Ref>', description: 'an alias naming the instance' },
      // libs/contracts exports the type guard isSignInPending: a function, not data.
      isSignInPending: { $comment: '(result: SignInResult) => result is SignInPending', type: 'object' },
    });
    expect(Object.keys(schemas)).toEqual(['Holder', 'Kind', 'Ref', 'RefPage']);
    expect(schemas['Kind']).toEqual({ type: 'string', enum: ['booth'] });
    expect(schemas['Holder'].properties).toEqual({
      name: { type: 'string', nullable: true },
      ref: { allOf: [{ $ref: '#/components/schemas/Ref' }], description: 'or none', nullable: true, type: 'object' },
      page: { $ref: '#/components/schemas/RefPage' },
      guard: { type: 'object' },
    });
    expect(schemas['RefPage']).toEqual({
      type: 'object',
      properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Ref' } } },
      description: 'an alias naming the instance',
    });
  });

  it('refuse a generic instance no alias names', () => {
    expect(() => toOpenApiComponents({ 'Page<Ref>': { type: 'object' } })).toThrow(/contract-types\.ts/);
  });
});
