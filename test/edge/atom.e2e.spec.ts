import { DOMParser, onWarningStopParsing, type Document, type Element } from '@xmldom/xmldom';
import { mexicoDraft, mutate as mutatePractice } from '@pfp/practices/testing';
import { startTestApi, type TestApi } from '../authorization/harness';
import { launchProject, mutate } from '../partnerships/partnership-api';

const ATOM = 'http://www.w3.org/2005/Atom';
const PUBLIC_URL = 'https://partners.example.org/pfp';
/** Markup, an ampersand, an entity as written, a CDATA end, a pictograph and a control character XML cannot carry. */
const HOSTILE = '<script>alert(1)</script> & ]]> Tom &amp; Jerry 🙂';
const TEXT_CONSTRUCTS = ['title', 'subtitle', 'summary', 'content', 'rights'];

/** A strict XML parse: any warning or error fails the test. */
function parseXml(xml: string): Document {
  return new DOMParser({ onError: onWarningStopParsing }).parseFromString(xml, 'application/xml');
}

const children = (parent: Element | Document, name: string): Element[] =>
  Array.from(parent.getElementsByTagNameNS(ATOM, name) as unknown as Iterable<Element>).filter((e) => e.parentNode === parent || parent.nodeType === 9);

function entryById(doc: Document, id: string): Element {
  const entry = Array.from(doc.getElementsByTagNameNS(ATOM, 'entry') as unknown as Iterable<Element>).find((e) => children(e, 'id')[0]?.textContent === id);
  if (!entry) throw new Error(`no entry ${id}`);
  return entry;
}

const textOf = (parent: Element, name: string): string | null => {
  const [element] = children(parent, name);
  return element ? element.textContent : null;
};

/** What every Atom feed must hold to: well-formed, no script element, every text construct plain text, every link on PUBLIC_URL. */
function expectSafeFeed(xml: string, ownLinks: RegExp): Document {
  const doc = parseXml(xml);
  expect(doc.documentElement?.namespaceURI).toBe(ATOM);
  expect(doc.getElementsByTagNameNS('*', 'script').length).toBe(0);
  expect(doc.getElementsByTagName('script').length).toBe(0);
  for (const name of TEXT_CONSTRUCTS) {
    for (const element of Array.from(doc.getElementsByTagNameNS(ATOM, name) as unknown as Iterable<Element>)) {
      expect({ name, type: element.getAttribute('type') ?? 'text', children: element.childNodes.length }).toEqual({
        name,
        type: 'text',
        children: element.textContent ? 1 : 0,
      });
    }
  }
  for (const link of Array.from(doc.getElementsByTagNameNS(ATOM, 'link') as unknown as Iterable<Element>)) {
    if (link.getAttribute('rel') !== 'related') expect(link.getAttribute('href')).toMatch(ownLinks);
  }
  for (const id of Array.from(doc.getElementsByTagNameNS(ATOM, 'id') as unknown as Iterable<Element>)) expect(id.textContent).toMatch(ownLinks);
  expect(xml).not.toContain('pfp.example/');
  expect(xml).not.toContain('CDATA');
  return doc;
}

async function feed(api: TestApi, path: string, until: (xml: string) => boolean): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const response = await fetch(new URL(`/feeds/${path}`, api.url));
    const xml = await response.text();
    if (response.status === 200 && until(xml)) {
      expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
      return xml;
    }
    if (Date.now() > deadline) throw new Error(`/feeds/${path} (${response.status}) never met the condition:\n${xml.slice(0, 2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Atom feeds over real HTTP: text as text whatever it holds, links on PUBLIC_URL. */
describe('Atom feeds', () => {
  let api: TestApi;
  let mexico: string;
  let supportUnit: string;

  beforeAll(async () => {
    api = await startTestApi({ PUBLIC_URL: `${PUBLIC_URL}/` });
    [mexico, supportUnit] = await Promise.all([api.signInAsDemo('mx'), api.signInAsDemo('gfmd-support-unit')]);
  }, 120_000);
  afterAll(() => api?.close());

  it('/feeds/practices.atom: a published title and summary holding markup are text, the links on PUBLIC_URL', async () => {
    const title = `Training ${HOSTILE}`;
    const summary = `${HOSTILE} <img src=x onerror=alert(2)> </summary><script>alert(3)</script>`;
    const drafted = await mutatePractice(api, mexico, 'draftPractice', 'DraftPracticeInput', { ...mexicoDraft, title, summary });
    const id = drafted.practice.id as string;
    await mutatePractice(api, mexico, 'submitPractice', 'SubmitPracticeInput', { id, expectedRevision: 0 });
    await mutatePractice(api, supportUnit, 'publishPractice', 'PublishPracticeInput', { id, expectedRevision: 1 });

    const page = `${PUBLIC_URL}/practices/${id}`;
    const xml = await feed(api, 'practices.atom', (text) => text.includes(page));
    const doc = expectSafeFeed(xml, /^https:\/\/partners\.example\.org\/pfp\/(practices|feeds\/practices\.atom)/);
    const entry = entryById(doc, page);
    expect(textOf(entry, 'title')).toBe(title);
    expect(textOf(entry, 'summary')).toBe(summary);
    expect(children(entry, 'link')[0]?.getAttribute('href')).toBe(page);
    const selfLink = children(doc.documentElement as Element, 'link').find((l) => l.getAttribute('rel') === 'self');
    expect(selfLink?.getAttribute('href')).toBe(`${PUBLIC_URL}/feeds/practices.atom`);
  });

  it('/feeds/projects/<id>.atom: the project title, summary and update texts are text, a video link is an attribute', async () => {
    const title = `Project ${HOSTILE}`;
    const summary = `Summary ${HOSTILE}`;
    const id = await launchProject(api, mexico, { title, summary });
    const text = `Update ${HOSTILE} ${'long '.repeat(30)}<b>end</b>`;
    const videoUrl = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=5';
    await mutate(
      api,
      mexico,
      'postProjectUpdate',
      'PostProjectUpdateInput',
      { projectId: id, text, videoUrl, metrics: [{ indicator: 'Officials <trained>', value: 70 }] },
      'revision',
    );

    const page = `${PUBLIC_URL}/projects/${id}`;
    const xml = await feed(api, `projects/${id}.atom`, (body) => body.includes('#update-'));
    const doc = expectSafeFeed(xml, /^https:\/\/partners\.example\.org\/pfp\/(projects|feeds\/projects)\//);
    const root = doc.documentElement as Element;
    expect(textOf(root, 'title')).toBe(title);
    expect(textOf(root, 'subtitle')).toBe(summary);
    const [entry] = children(root, 'entry');
    expect(textOf(entry, 'summary')).toBe(`${text} (Officials <trained>: 70)`);
    const entryTitle = textOf(entry, 'title') ?? '';
    expect(Array.from(entryTitle).length).toBeLessThanOrEqual(80);
    expect(text.startsWith(entryTitle.replace(/…$/, ''))).toBe(true);
    expect(
      children(entry, 'link')
        .find((l) => l.getAttribute('rel') === 'related')
        ?.getAttribute('href'),
    ).toBe(videoUrl);
    expect(children(entry, 'id')[0]?.textContent).toMatch(new RegExp(`^${page.replace(/[.]/g, '\\.')}#update-`));
  });

  it('answers 404 for a feed that does not exist', async () => {
    expect((await fetch(new URL('/feeds/projects/project-00000000-0000-0000-0000-000000000000.atom', api.url))).status).toBe(404);
    expect((await fetch(new URL('/feeds/nothing.atom', api.url))).status).toBe(404);
  });
});
