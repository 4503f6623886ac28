import { Module } from '@nestjs/common';
import { ResidentLinksModule } from '../residents/resident-links.module';
import { AccessTokenService } from './access-token.service';

/** Token checks, shared by the access guard and the WebSocket handshake. */
@Module({
  imports: [ResidentLinksModule],
  providers: [AccessTokenService],
  exports: [AccessTokenService],
})
export class AccessModule {}
