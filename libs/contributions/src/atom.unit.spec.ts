import { DOMParser, onWarningStopParsing } from '@xmldom/xmldom';
import { atomXml, clip, xmlText } from './atom';

const parse = (xml: string) => new DOMParser({ onError: onWarningStopParsing }).parseFromString(xml, 'application/xml');

describe('atomXml', () => {
  it('writes any string as well-formed text: markup escaped, what XML cannot carry dropped', () => {
    const title = 'a\u0000b\u0007c\uD800d\uFFFEe <x> & "q" \'s\' ]]> 🙂\u{1F600}\t\n';
    const xml = atomXml({
      id: 'https://s.example/p',
      title,
      link: 'https://s.example/p',
      self: 'https://s.example/feeds/p.atom',
      entries: [
        {
          id: 'https://s.example/p/1',
          title,
          link: 'https://s.example/p/1?a=1&b=2',
          updated: new Date(0),
          summary: title,
          related: ['javascript:alert(1)', 'data:text/html,x', 'not a url', 'https://v.example/?v=1&t=2'],
        },
      ],
    });
    const doc = parse(xml);
    const expected = 'abcde <x> & "q" \'s\' ]]> 🙂\u{1F600}\t\n';
    const titles = Array.from(doc.getElementsByTagName('title') as unknown as Iterable<{ textContent: string; getAttribute(n: string): string }>);
    expect(titles.map((t) => [t.textContent, t.getAttribute('type')])).toEqual([
      [expected, 'text'],
      [expected, 'text'],
    ]);
    const hrefs = Array.from(doc.getElementsByTagName('link') as unknown as Iterable<{ getAttribute(n: string): string }>).map((l) => [
      l.getAttribute('rel'),
      l.getAttribute('href'),
    ]);
    expect(hrefs).toEqual([
      ['alternate', 'https://s.example/p'],
      ['self', 'https://s.example/feeds/p.atom'],
      ['alternate', 'https://s.example/p/1?a=1&b=2'],
      ['related', 'https://v.example/?v=1&t=2'],
    ]);
    expect(doc.getElementsByTagName('updated')[0]?.textContent).toBe(new Date(0).toISOString());
  });

  it('escapes attribute quotes', () => {
    expect(xmlText(`"'<>&`)).toBe('&quot;&apos;&lt;&gt;&amp;');
  });

  it('clips by what a person counts as a character', () => {
    expect(clip('🙂'.repeat(80), 80)).toBe('🙂'.repeat(80));
    expect(clip('🙂'.repeat(81), 80)).toBe(`${'🙂'.repeat(79)}…`);
    expect(Array.from(new Intl.Segmenter().segment(clip('👩‍👩‍👧'.repeat(100), 80))).length).toBe(80);
  });
});
