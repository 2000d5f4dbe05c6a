import { CreateCallLog1795651200000 } from './1795651200000-create-call-log';

/** Every migration of the complaint database, oldest first. */
export const complaintMigrations = [CreateCallLog1795651200000];
