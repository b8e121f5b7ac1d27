export { Principal, ScopeTarget } from './access/principal';
export { AccessPolicy, ScopeKind, Visibility } from './access/access.policy';
export { ScopeLookups } from './access/scope-lookups';
export {
  Access,
  SignedIn,
  Public,
  CurrentPrincipal,
  TargetResolver,
  orgInBody,
  orgInParam,
  orgInQuery,
  userInParam,
  committeeInQuery,
  committeeInBody,
  ownedByCommittee,
} from './access/access.decorators';
export { Organisation } from './organisations/organisation.entity';
export { User } from './users/user.entity';
export { ensureUnits } from './organisations/ensure-units';
export { ensureInformants } from './users/ensure-informants';
export { Session } from './auth/session.entity';
export { LoginAttempt } from './auth/login-attempt.entity';
export { AuthService } from './auth/auth.service';
export { ACCESS_COOKIE } from './auth/auth.controller';
export { AccountsModule } from './accounts.module';
export { seedDemoCommittee, DemoCommittee, DemoAccount, DemoRole, DEMO_PASSWORD } from './demo/demo-committee';
export { ROSTER_COLUMNS } from './roster/roster-file';
