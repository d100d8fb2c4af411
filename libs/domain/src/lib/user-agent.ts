/**
 * A short, human summary of a User-Agent header for a person's sessions page: which browser on which
 * system ("Chrome" on "Windows"), not a version-exact parse. The order of the checks matters, as
 * browsers name each other in their User-Agents (Edge says Chrome and Safari, Chrome says Safari).
 * Anything not recognised is null: the page then says "unknown browser" rather than guess.
 */
export interface UserAgentSummary {
  browser: string | null;
  os: string | null;
}

const BROWSERS: [RegExp, string][] = [
  [/\bEdg(e|A|iOS)?\//, 'Edge'],
  [/\b(OPR|Opera)\//, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\b(Firefox|FxiOS)\//, 'Firefox'],
  [/\b(HeadlessChrome)\//, 'Headless Chrome'],
  [/\b(Chrome|Chromium|CriOS)\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
  [/\bcurl\//, 'curl'],
];

const SYSTEMS: [RegExp, string][] = [
  [/\b(iPhone|iPad|iPod)\b/, 'iOS'],
  [/\bAndroid\b/, 'Android'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bWindows\b/, 'Windows'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bLinux\b/, 'Linux'],
];

export function summariseUserAgent(userAgent: string | null | undefined): UserAgentSummary {
  const ua = (userAgent ?? '').slice(0, 512);
  const first = (table: [RegExp, string][]) => table.find(([re]) => re.test(ua))?.[1] ?? null;
  return { browser: first(BROWSERS), os: first(SYSTEMS) };
}
