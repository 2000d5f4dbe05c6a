import type { DemoDataContext } from '@freight/platform';

/** Demo data of the complaint desk (filled in below). */
export async function seedComplaintDesk(_context: DemoDataContext): Promise<void> {}
