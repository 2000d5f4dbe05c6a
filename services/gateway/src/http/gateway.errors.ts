import { NotFoundProblem } from '@freight/platform';

/**
 * R41: a record of another branch is answered exactly like a missing one, so a branch user
 * cannot even learn that it exists. The audit still records the denial (reason other-branch).
 */
export class OutOfBranchScope extends NotFoundProblem {}
