import { Module } from '@nestjs/common';
import { Mailer } from './mailer';

/** Needs the global ConfigModule (APP_CONFIG). */
@Module({ providers: [Mailer], exports: [Mailer] })
export class MailModule {}
