import { INFRASTRUCTURE_HANDLE } from './jest-global-setup';
import type { TestInfrastructure } from './infrastructure';

type WithHandle = typeof globalThis & { [INFRASTRUCTURE_HANDLE]?: TestInfrastructure };

/** Stops what the global setup started, and nothing it merely found. */
export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as WithHandle;
  const infrastructure = holder[INFRASTRUCTURE_HANDLE];
  delete holder[INFRASTRUCTURE_HANDLE];
  await infrastructure?.stop();
}
