import { Controller, Get, Header, NotFoundException, Param } from '@nestjs/common';
import { Contributions } from './contributions';

/** An Atom feed a context serves under /feeds/: the path it answers (a pattern) and its builder. */
export interface AtomFeed {
  /** Matched against the path after `/feeds/`, e.g. /^projects\/(project-[0-9a-f-]{36})\.atom$/. */
  path: RegExp;
  /** The feed's XML, or null when there is nothing to serve (404). */
  build(match: RegExpExecArray): Promise<string | null>;
}

/** The one controller of /feeds/*: each path goes to the feed registered for it. */
@Controller('feeds')
export class AtomFeedsController {
  constructor(private readonly contributions: Contributions) {}

  @Get('*path')
  @Header('content-type', 'application/atom+xml; charset=utf-8')
  async serve(@Param('path') path: string | string[]): Promise<string> {
    const file = Array.isArray(path) ? path.join('/') : path;
    for (const feed of this.contributions.atomFeeds()) {
      const match = feed.path.exec(file);
      if (!match) continue;
      const xml = await feed.build(match);
      if (xml !== null) return xml;
    }
    throw new NotFoundException();
  }
}
