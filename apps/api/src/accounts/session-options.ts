import { Global, Module, type DynamicModule } from '@nestjs/common';
import { DEFAULT_SESSION_IDLE_MINUTES } from './session-cookie';

/** Injection token of SESSION_IDLE_MINUTES (a number of minutes). */
export const SESSION_IDLE_MINUTES = 'bussanten:sessionIdleMinutes';

/** The session settings from the environment, for the guard's session lookup (global: AccountsModule is imported twice). */
@Global()
@Module({})
export class SessionOptionsModule {
  static forRoot(idleMinutes: number = DEFAULT_SESSION_IDLE_MINUTES): DynamicModule {
    return {
      module: SessionOptionsModule,
      providers: [{ provide: SESSION_IDLE_MINUTES, useValue: idleMinutes }],
      exports: [SESSION_IDLE_MINUTES],
    };
  }
}
