/**
 * 全国地方公共団体コード: five digits (two for the prefecture, three for the municipality) and a
 * check digit. Check digit = (11 − (d1·6 + d2·5 + d3·4 + d4·3 + d5·2) mod 11) mod 10.
 */
export function localGovernmentCheckDigit(firstFive: string): number {
  if (!/^\d{5}$/.test(firstFive)) throw new RangeError('need exactly five digits');
  const weights = [6, 5, 4, 3, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(firstFive[i]), 0);
  return (11 - (sum % 11)) % 10;
}

export type LocalGovernmentCodeProblem = 'format' | 'checkDigit' | 'prefecture';

/** Null when valid; otherwise what is wrong. The first two digits are the prefecture code (01–47). */
export function checkLocalGovernmentCode(code: string): LocalGovernmentCodeProblem | null {
  if (!/^\d{6}$/.test(code)) return 'format';
  const prefecture = Number(code.slice(0, 2));
  if (prefecture < 1 || prefecture > 47) return 'prefecture';
  return localGovernmentCheckDigit(code.slice(0, 5)) === Number(code[5]) ? null : 'checkDigit';
}
