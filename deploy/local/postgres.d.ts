export interface EnsurePostgresOptions {
  /** the embedded server's data lives in `<stateDir>/postgres/data` */
  stateDir: string;
  /** the embedded server's port; default 54329 */
  port?: number;
  log?: (line: string) => void;
  /** embedded only: fresh cluster on every start, deleted on stop, fsync off (the test profile) */
  ephemeral?: boolean;
  /** skip the server on 127.0.0.1:5432; default: env FREIGHT_EMBEDDED_PG=1 */
  embeddedOnly?: boolean;
}

export interface PostgresHandle {
  /** server URL to the `postgres` database */
  url: string;
  /** true only when this call started the server */
  startedByUs: boolean;
  /** postmaster PID of our embedded server (started now or earlier); undefined otherwise */
  pid: number | undefined;
  source: 'env' | 'server' | 'embedded';
  /** stops the server when this call started it, otherwise does nothing */
  stop(): Promise<void>;
}

export declare function ensurePostgres(options: EnsurePostgresOptions): Promise<PostgresHandle>;
/** Stops the embedded server of `<stateDir>` (pg_ctl stop, else the postmaster PID). */
export declare function stopPostgres(options: {
  stateDir: string;
  log?: (line: string) => void;
  ephemeral?: boolean;
}): Promise<void>;
/** Connects once: undefined when the server answered, else the error. */
export declare function probePostgres(url: string): Promise<Error | undefined>;
export declare const SHARED_SERVER_URL: string;
