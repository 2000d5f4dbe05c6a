import { DomainError } from '@freight/platform';

export class MonthNotOver extends DomainError {
  constructor(month: string) {
    super(409, 'month-not-over', `${month} has not ended yet (China time): it cannot be closed`);
  }
}
