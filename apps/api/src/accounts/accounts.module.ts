import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { InvitationsController } from './invitations.controller';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsService } from './invitations.service';
import { MembershipsRepository } from './memberships.repository';
import { MySessionsController } from './my-sessions.controller';
import { MySessionsService } from './my-sessions.service';
import { PasswordResetsController } from './password-resets.controller';
import { PasswordResetsRepository } from './password-resets.repository';
import { PasswordResetsService } from './password-resets.service';
import { PeopleController } from './people.controller';
import { PeopleService } from './people.service';
import { SessionsRepository } from './sessions.repository';
import { UsersRepository } from './users.repository';

/** People, memberships, sessions and invitations; and the global guard every route passes. */
@Module({
  controllers: [AuthController, InvitationsController, MySessionsController, PasswordResetsController, PeopleController],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    AuthService,
    InvitationsService,
    InvitationsRepository,
    MembershipsRepository,
    MySessionsService,
    PasswordResetsRepository,
    PasswordResetsService,
    PeopleService,
    SessionsRepository,
    UsersRepository,
  ],
  exports: [InvitationsService],
})
export class AccountsModule {}
