import { Role, type Host, type Membership } from '@bussanten/contracts';
import { translate, type Lang } from '../i18n/dictionaries';
import { roleKey } from '../i18n/format';

/** A host's name in `lang`: its English name when there is one and English is asked for. */
export function hostName(host: Pick<Host, 'name' | 'nameEn'>, lang: Lang): string {
  return lang === 'en' && host.nameEn ? host.nameEn : host.name;
}

/**
 * One membership in a few words, the way the header and the switcher show it: '品川区 · 主催者',
 * '大田区 · 宮古市の担当者', '運用者' (English: 'Shinagawa City · Organizer', …).
 */
export function membershipLabel(membership: Pick<Membership, 'role' | 'host' | 'municipality'>, lang: Lang): string {
  const { role, host, municipality } = membership;
  if (role === Role.Operator || !host) return translate(lang, 'membership.operator');
  if (role === Role.Representative && municipality) {
    const municipalityName = lang === 'en' && municipality.nameEn ? municipality.nameEn : municipality.name;
    return translate(lang, 'membership.representative', { host: hostName(host, lang), municipality: municipalityName });
  }
  return translate(lang, 'membership.role', { host: hostName(host, lang), role: translate(lang, roleKey(role)) });
}

/**
 * The memberships to offer in the switcher, the active one first and the rest in the order of their
 * labels (so the list reads the same every time), or none when there is nothing to switch to.
 */
export function switchableMemberships<M extends Pick<Membership, 'id' | 'role' | 'host' | 'municipality'>>(
  memberships: readonly M[],
  activeId: string,
  lang: Lang,
): M[] {
  if (memberships.length < 2) return [];
  const label = (m: M) => membershipLabel(m, lang);
  const active = memberships.filter((m) => m.id === activeId);
  const others = memberships.filter((m) => m.id !== activeId).sort((a, b) => label(a).localeCompare(label(b), lang === 'ja' ? 'ja' : 'en'));
  return [...active, ...others];
}
