import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { AppConfig } from '@sqmy/config';
import { QueueModule } from '@sqmy/queue';
import { AccessGuard } from './access/access.guard';
import { AccessPolicy } from './access/access.policy';
import { ScopeLookups } from './access/scope-lookups';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { LoginThrottle } from './auth/login-throttle';
import { OrganisationsController } from './organisations/organisations.controller';
import { OrganisationsService } from './organisations/organisations.service';
import { RosterController } from './roster/roster.controller';
import { RosterService } from './roster/roster.service';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';

/** Organisations, accounts, sign-in, and the access check every endpoint goes through. */
@Module({
  imports: [
    QueueModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: ({ env }: AppConfig) => {
        // A KeyObject, not a string: jsonwebtoken otherwise tries to parse the secret as a public key on every verify (~50× slower).
        const key = createSecretKey(Buffer.from(env.JWT_SECRET, 'utf8'));
        return {
          privateKey: key,
          publicKey: key,
          signOptions: { expiresIn: env.ACCESS_TOKEN_TTL, algorithm: 'HS256' },
          verifyOptions: { algorithms: ['HS256'] },
        };
      },
    }),
  ],
  controllers: [AuthController, OrganisationsController, UsersController, RosterController],
  providers: [
    AccessPolicy,
    ScopeLookups,
    AuthService,
    LoginThrottle,
    OrganisationsService,
    UsersService,
    RosterService,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [AccessPolicy, AuthService],
})
export class AccountsModule {}
