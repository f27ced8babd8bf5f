import { Injectable, OnModuleInit } from '@nestjs/common';
import { Contributions } from '@pfp/contributions';
import { DataSource } from 'typeorm';
import { newsletterAtomFeed } from './newsletter-atom-feed';

/** What the newsletter offers the shared surfaces: the Atom feed of its sent issues. */
@Injectable()
export class NewsletterContributions implements OnModuleInit {
  constructor(
    private readonly contributions: Contributions,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.contributions.atomFeed(newsletterAtomFeed(this.dataSource));
  }
}
