import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { BranchesController } from './branches.http.controller';
import { StaffAccounts } from './staff-accounts.handler';
import { StaffController } from './staff.http.controller';
import { StaffDirectory } from './staff-directory';

/** R41 administration: staff accounts, branches, roles. */
@Module({
  imports: [AuthModule],
  controllers: [StaffController, BranchesController],
  providers: [StaffDirectory, StaffAccounts],
})
export class AdminModule {}
