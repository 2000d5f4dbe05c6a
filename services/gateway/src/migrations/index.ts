import { CreateBranchAndAppUser1795651200000 } from './1795651200000-create-branch-and-app-user';

/** Every migration of the gateway database, oldest first. */
export const gatewayMigrations = [CreateBranchAndAppUser1795651200000];
