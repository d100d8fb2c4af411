import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { FactorResetsService } from './factors/factor-resets.service';
import { FactorsRepository } from './factors/factors.repository';
import { HostSecurityController } from './factors/host-security.controller';
import { HostSecurityService } from './factors/host-security.service';
import { MyFactorsController } from './factors/my-factors.controller';
import { MyFactorsService } from './factors/my-factors.service';
import { SecondStepService } from './factors/second-step.service';
import { SignInStepsController } from './factors/sign-in-steps.controller';
import { SignInStepsService } from './factors/sign-in-steps.service';
import { HostContactController } from './host-contact/host-contact.controller';
import { HostContactRepository } from './host-contact/host-contact.repository';
import { HostContactService } from './host-contact/host-contact.service';
import { HostEmbedController } from './host-embed/host-embed.controller';
import { HostEmbedRepository } from './host-embed/host-embed.repository';
import { HostEmbedService } from './host-embed/host-embed.service';
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

/** People, memberships, sessions, invitations and second factors; and the global guard every route passes. */
@Module({
  controllers: [
    AuthController,
    HostContactController,
    HostEmbedController,
    HostSecurityController,
    InvitationsController,
    MyFactorsController,
    MySessionsController,
    PasswordResetsController,
    PeopleController,
    SignInStepsController,
  ],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    AuthService,
    FactorResetsService,
    FactorsRepository,
    HostContactRepository,
    HostContactService,
    HostEmbedRepository,
    HostEmbedService,
    HostSecurityService,
    MyFactorsService,
    SecondStepService,
    SignInStepsService,
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
  exports: [FactorResetsService, HostContactRepository, InvitationsService],
})
export class AccountsModule {}
