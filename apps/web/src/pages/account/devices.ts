/** "Firefox on Windows" from a User-Agent header, enough to tell one's sessions apart. */
export function describeDevice(userAgent: string | null, unknown: string): string {
  if (!userAgent) return unknown;
  const browser = [/Edg\//, /Firefox\//, /OPR\//, /Chrom(e|ium)\//, /Safari\//]
    .map((pattern, i) => (pattern.test(userAgent) ? ['Edge', 'Firefox', 'Opera', 'Chrome', 'Safari'][i] : null))
    .find(Boolean);
  const system = [/Android/, /iPhone|iPad/, /Windows/, /Mac OS X/, /Linux/]
    .map((pattern, i) => (pattern.test(userAgent) ? ['Android', 'iOS', 'Windows', 'macOS', 'Linux'][i] : null))
    .find(Boolean);
  return [browser, system].filter(Boolean).join(' · ') || userAgent.slice(0, 60);
}
