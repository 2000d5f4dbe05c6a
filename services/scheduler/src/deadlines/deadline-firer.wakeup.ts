import { Injectable } from '@nestjs/common';

/**
 * Tells the firer of this replica that a command scheduled a level (arm, move, resume), so it
 * can wake at that time instead of at its next poll. A hint only: the command's transaction may
 * not have committed yet when it is given, and the poll stays as the backstop (R39).
 */
@Injectable()
export class DeadlineFirerWakeup {
  private listener?: (at: Date) => void;

  /** the firer host subscribes; one listener per replica */
  onWake(listener: (at: Date) => void): void {
    this.listener = listener;
  }

  scheduled(at: Date | null): void {
    if (at) this.listener?.(at);
  }
}
