import { Controller, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '@pfp/kernel';
import { NewsletterSubscriptions } from './subscriptions';

/**
 * RFC 8058 one-click unsubscribe: a mail client POSTs `List-Unsubscribe=One-Click` to the
 * List-Unsubscribe URL, without a session or a cookie. The token alone says who leaves.
 * (A GET of the same URL is the site's page, which asks before calling the mutation.)
 */
@Controller('newsletter')
export class OneClickUnsubscribeController {
  constructor(private readonly subscriptions: NewsletterSubscriptions) {}

  @Post('unsubscribe')
  @HttpCode(200)
  async unsubscribe(@Query('token') token: string | undefined, @Res({ passthrough: true }) res: Response): Promise<string> {
    res.type('text/plain; charset=utf-8');
    try {
      await this.subscriptions.unsubscribe(typeof token === 'string' ? token.slice(0, 1000) : '');
      return 'You are unsubscribed from the Platform for Partnerships newsletter.\n';
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      res.status(400);
      return 'This unsubscribe link is not valid.\n';
    }
  }
}
