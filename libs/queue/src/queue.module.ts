import { Module } from '@nestjs/common';
import { MatchingQueue } from './matching-queue';

@Module({ providers: [MatchingQueue], exports: [MatchingQueue] })
export class QueueModule {}
