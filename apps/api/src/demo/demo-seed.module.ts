import { Module } from '@nestjs/common';
import { ConfigModule } from '@wmo/config';
import { PersistenceModule } from '@wmo/persistence';
import { QueueModule } from '@wmo/queue';
import { DemoSeeder } from './demo-seeder';

@Module({
  imports: [ConfigModule, PersistenceModule, QueueModule],
  providers: [DemoSeeder],
})
export class DemoSeedModule {}
