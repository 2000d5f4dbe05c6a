import { CreateBranchAndAppUser1795651200000 } from './1795651200000-create-branch-and-app-user';
import { AddSignInAndRefreshTokens1795824000000 } from './1795824000000-add-sign-in-and-refresh-tokens';
import { CreateAuditRecord1795824060000 } from './1795824060000-create-audit-record';
import { CreateIdempotencyRecord1795824120000 } from './1795824120000-create-idempotency-record';
import { CreateLiveNotificationAndStreamTicket1795910400000 } from './1795910400000-create-live-notification-and-stream-ticket';
import { SignInThrottling1796083200000 } from './1796083200000-sign-in-throttling';
import { TokenEpochAndDisabledUsers1796083260000 } from './1796083260000-token-epoch-and-disabled-users';
import { AddWarehouseRoles1796200000000 } from './1796200000000-add-warehouse-roles';

/** Every migration of the gateway database, oldest first. */
export const gatewayMigrations = [
  CreateBranchAndAppUser1795651200000,
  AddSignInAndRefreshTokens1795824000000,
  CreateAuditRecord1795824060000,
  CreateIdempotencyRecord1795824120000,
  CreateLiveNotificationAndStreamTicket1795910400000,
  SignInThrottling1796083200000,
  TokenEpochAndDisabledUsers1796083260000,
  AddWarehouseRoles1796200000000,
];
