/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import {
  AGREEMENT_KINDS,
  APPEARANCE_STATUSES,
  APPLICATION_STATUSES,
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  ErrorCode,
  GUEST_KINDS,
  MUNICIPALITY_KINDS,
  MUNICIPALITY_SORTS,
  OutboxState,
  PERMIT_STATUSES,
  PRODUCT_CATEGORIES,
  ROLES,
  WEBHOOK_ADDRESS_REASONS,
  type InvitationStatus,
} from '@bussanten/contracts';
import { ZXCVBN_SUGGESTIONS, ZXCVBN_WARNINGS } from '@bussanten/domain';
import { en } from './catalogs/en';
import { ja } from './catalogs/ja';

type Catalog = Record<string, string>;

/** The argument names of an ICU message (in select and plural branches too), sorted. */
function argumentNames(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) names.add(el.value);
      if (el.type === TYPE.select || el.type === TYPE.plural) {
        names.add(el.value);
        for (const option of Object.values(el.options)) walk(option.value);
      }
    }
  };
  walk(parse(message, { ignoreTag: true, requiresOtherClause: true }));
  return [...names].sort();
}

/** What is wrong between a source catalog and a translation: missing or extra keys, unparsable messages, other arguments. */
function catalogProblems(source: Catalog, translation: Catalog): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(source)) if (!(key in translation)) problems.push(`${key}: missing in the translation`);
  for (const key of Object.keys(translation)) if (!(key in source)) problems.push(`${key}: not in the source`);
  for (const key of Object.keys(source).filter((k) => k in translation)) {
    let names: string[][];
    try {
      names = [argumentNames(source[key] as string), argumentNames(translation[key] as string)];
    } catch (error) {
      problems.push(`${key}: ${(error as Error).message}`);
      continue;
    }
    if (names[0].join() !== names[1].join()) problems.push(`${key}: arguments {${names[0].join(', ')}} and {${names[1].join(', ')}}`);
  }
  return problems;
}

describe('the catalogs', () => {
  it('have the same keys in ja and en, every message parses as ICU, with the same arguments in both', () => {
    expect(catalogProblems(ja, en)).toEqual([]);
  });

  it('notice a key missing in one language, a message that does not parse, and arguments that differ', () => {
    expect(catalogProblems({ a: 'A', b: 'B' }, { a: 'A' })).toEqual(['b: missing in the translation']);
    expect(catalogProblems({ a: 'A' }, { a: 'A', c: 'C' })).toEqual(['c: not in the source']);
    expect(catalogProblems({ a: '{n}件' }, { a: '{n, plural, one {# item} other {# items}' })[0]).toMatch(/^a: /);
    expect(catalogProblems({ a: '{n}件' }, { a: '{count} items' })).toEqual(['a: arguments {n} and {count}']);
    expect(catalogProblems({ a: '{n}件' }, { a: '{n, plural, one {# item} other {# items}}' })).toEqual([]);
    expect(catalogProblems({ a: '{s, select, x {X} other {Y}}' }, { a: '{s, select, x {{name}} other {Y}}' })).toEqual(['a: arguments {s} and {name, s}']);
  });

  it.each(Object.keys(ja))('%s is not empty in ja or en', (key) => {
    expect((ja as Catalog)[key]?.trim()).not.toBe('');
    expect((en as Catalog)[key]?.trim()).not.toBe('');
  });

  // "{n} applications" reads "1 applications": an English count before a plural noun is a plural.
  it('say English counts with plurals, never "{n} things" or "thing(s)"', () => {
    const COUNT = /\{(n|count|total|booths|days|applications|remaining|minutes|passkeys|codes|sessions|free)\}\s+(?:[a-z-]+\s+)?[a-z-]+s\b|\w\(s\)/;
    expect(
      Object.entries(en)
        .filter(([, text]) => COUNT.test(text))
        .map(([key]) => key),
    ).toEqual([]);
  });
});

/**
 * Every key is used somewhere in the web app or the API: by its literal ('page.skip'), or built from
 * a prefix where the sources write one (`auditAction.${action}`). Where the contracts or the domain
 * list the values such a key is built from, the key must be one of them, so a key left behind by a
 * removed value fails too.
 */
describe('every message is used', () => {
  const root = join(__dirname, '../../..');
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return sources(path);
      return /\.tsx?$/.test(e.name) && !/\.spec\.tsx?$/.test(e.name) ? [readFileSync(path, 'utf8')] : [];
    });
  const code = [...sources(join(root, 'apps/web/src')), ...sources(join(root, 'apps/api/src'))].join('\n');

  /** The values each dynamically built family of keys is made of. */
  const FAMILIES: Record<string, readonly (string | number)[]> = {
    error: Object.values(ErrorCode),
    municipalityKind: MUNICIPALITY_KINDS,
    agreementKind: AGREEMENT_KINDS,
    sort: MUNICIPALITY_SORTS,
    role: ROLES,
    auditAction: AUDIT_ACTIONS,
    auditEntity: AUDIT_ENTITY_TYPES,
    invitationStatus: ['pending', 'accepted', 'expired', 'revoked'] satisfies InvitationStatus[],
    appStatus: APPLICATION_STATUSES,
    category: PRODUCT_CATEGORIES,
    permit: PERMIT_STATUSES,
    'outbox.state': Object.values(OutboxState),
    'guests.kind': GUEST_KINDS,
    'timetable.status': APPEARANCE_STATUSES,
    'rule.privateAddress': WEBHOOK_ADDRESS_REASONS,
    'zxcvbn.warning': ZXCVBN_WARNINGS,
    'zxcvbn.suggestion': ZXCVBN_SUGGESTIONS,
    'strength.level': [0, 1, 2, 3, 4],
  };

  // `prefix.${…}` in the sources: the prefixes keys are built from.
  const built = new Set([...code.matchAll(/`([a-zA-Z][\w-]*(?:\.[\w-]+)*)\.\$\{/g)].map((m) => m[1] as string));

  function isUsed(key: string): boolean {
    if (code.includes(`'${key}'`) || code.includes(`"${key}"`) || code.includes(`\`${key}\``)) return true;
    const prefixes = [...built].filter((p) => key.startsWith(`${p}.`)).sort((a, b) => b.length - a.length);
    if (!prefixes.length) return false;
    // A family listed above: the rest of the key must be one of its values.
    const family = Object.keys(FAMILIES)
      .filter((f) => key.startsWith(`${f}.`) && prefixes.some((p) => f.startsWith(p)))
      .sort((a, b) => b.length - a.length)[0];
    if (family) return (FAMILIES[family] as readonly (string | number)[]).map(String).includes(key.slice(family.length + 1));
    return true;
  }

  it('has no key that nothing uses', () => {
    expect(Object.keys(ja).filter((key) => !isUsed(key))).toEqual([]);
  });

  it.each(Object.entries(FAMILIES).flatMap(([family, values]) => values.map((v) => `${family}.${v}`)))('translates %s', (key) => {
    expect(Object.keys(ja)).toContain(key);
  });

  it('knows a key nothing uses when it sees one', () => {
    expect(isUsed('page.skip')).toBe(true);
    expect(isUsed('auditAction.fair.created')).toBe(true);
    expect(isUsed('auditAction.fair.neverRecorded')).toBe(false);
    expect(isUsed('nobody.uses.this')).toBe(false);
  });
});
