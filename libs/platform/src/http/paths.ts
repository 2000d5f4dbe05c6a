// Operational endpoints every service exposes. Deploy manifests (probes, scrape configs) and
// their tests import these, so a path changes in one place only.
export const HEALTH_PATHS = { live: '/health/live', ready: '/health/ready' } as const;
export const METRICS_PATH = '/metrics';

/** Probed every few seconds: logged at debug level so they do not drown real traffic. */
export const PROBE_PATHS: ReadonlySet<string> = new Set([
  HEALTH_PATHS.live,
  HEALTH_PATHS.ready,
  METRICS_PATH,
]);
