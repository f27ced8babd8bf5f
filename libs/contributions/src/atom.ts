import { Controller, Get, Inject, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '@pfp/config';
import { Contributions } from './contributions';
import { graphemeClusters } from '@pfp/kernel';

/** An Atom feed a context serves under /feeds/: the path it answers (a pattern) and its builder. */
export interface AtomFeed {
  /** Matched against the path after `/feeds/`, e.g. /^projects\/(project-[0-9a-f-]{36})\.atom$/. */
  path: RegExp;
  /**
   * The feed's XML (write it with `atomXml`), or null when there is nothing to serve (404).
   * `site` is the public URL links start with (PUBLIC_URL), without a trailing slash.
   */
  build(match: RegExpExecArray, site: string): Promise<string | null>;
}

export interface AtomEntry {
  /** A permanent IRI: the entry's page on the site. */
  id: string;
  title: string;
  link: string;
  updated: Date;
  published?: Date;
  summary?: string;
  /** Pages related to the entry (a video); only http(s) URLs are written. */
  related?: string[];
}

export interface AtomDocument {
  id: string;
  title: string;
  subtitle?: string;
  /** The page on the site the feed follows (rel="alternate"). */
  link: string;
  /** The feed's own URL (rel="self"). */
  self: string;
  /** Defaults to the newest entry's `updated`, or now when there is none. */
  updated?: Date;
  rights?: string;
  entries: AtomEntry[];
}

/** What XML 1.0 cannot carry at all: C0 controls but tab and newlines, lone surrogates, U+FFFE/U+FFFF. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Character data or an attribute value: what XML cannot carry is dropped, markup characters are escaped. */
export function xmlText(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** An http(s) URL as written, or null (no `javascript:` or `data:` link reaches a feed reader). */
function httpUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const text = (name: string, value: string, indent: string): string => `${indent}<${name} type="text">${xmlText(value)}</${name}>`;
const plain = (name: string, value: string, indent: string): string => `${indent}<${name}>${xmlText(value)}</${name}>`;
const link = (href: string, rel: string | undefined, indent: string): string => `${indent}<link${rel ? ` rel="${rel}"` : ''} href="${xmlText(href)}"/>`;

/**
 * An Atom 1.0 document (RFC 4287). Every human-readable element is `type="text"` (never
 * HTML, never CDATA, whose `]]>` would end it): a title holding `<script>` reaches a feed
 * reader as those characters.
 */
export function atomXml(doc: AtomDocument): string {
  const newest = doc.entries.reduce<Date | undefined>((latest, e) => (!latest || e.updated > latest ? e.updated : latest), undefined);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    plain('id', doc.id, '  '),
    text('title', doc.title, '  '),
    ...(doc.subtitle ? [text('subtitle', doc.subtitle, '  ')] : []),
    plain('updated', (doc.updated ?? newest ?? new Date()).toISOString(), '  '),
    link(doc.link, 'alternate', '  '),
    link(doc.self, 'self', '  '),
    ...(doc.rights ? [text('rights', doc.rights, '  ')] : []),
  ];
  for (const entry of doc.entries) {
    lines.push(
      '  <entry>',
      plain('id', entry.id, '    '),
      text('title', entry.title, '    '),
      link(entry.link, 'alternate', '    '),
      plain('updated', entry.updated.toISOString(), '    '),
      ...(entry.published ? [plain('published', entry.published.toISOString(), '    ')] : []),
      ...(entry.summary ? [text('summary', entry.summary, '    ')] : []),
      ...(entry.related ?? []).flatMap((href) => {
        const url = httpUrl(href);
        return url ? [link(url, 'related', '    ')] : [];
      }),
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

/** At most `max` characters as a person counts them (grapheme clusters), with an ellipsis when cut. */
export function clip(value: string, max: number): string {
  const graphemes: string[] = [];
  for (const cluster of graphemeClusters(value)) if (graphemes.push(cluster) > max) break;
  return graphemes.length > max
    ? `${graphemes
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
    : value;
}

/** PUBLIC_URL without its trailing slash; this server's own address when it is not set (as mails do). */
export function siteUrl(config: AppConfig): string {
  return (config.publicUrl ?? `http://localhost:${config.port}`).replace(/\/+$/, '');
}

/** The one controller of /feeds/*: each path goes to the feed registered for it. */
@Controller('feeds')
export class AtomFeedsController {
  constructor(
    private readonly contributions: Contributions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('*path')
  async serve(@Param('path') path: string | string[], @Res({ passthrough: true }) res: Response): Promise<string> {
    const file = Array.isArray(path) ? path.join('/') : path;
    for (const feed of this.contributions.atomFeeds()) {
      const match = feed.path.exec(file);
      if (!match) continue;
      const xml = await feed.build(match, siteUrl(this.config));
      if (xml === null) continue;
      // Set here, not with @Header: a 404 is JSON and must say so.
      res.type('application/atom+xml; charset=utf-8');
      return xml;
    }
    throw new NotFoundException();
  }
}
