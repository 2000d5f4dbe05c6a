export interface Profile {
  name: string;
  kafkaPort: number;
  controllerPort: number;
  postgresPort: number;
  /** absolute path of `.local/<profile>` */
  stateDir: string;
  /** fresh Kafka and Postgres data on every start, removed on stop */
  ephemeral: boolean;
}

/** The content of `<stateDir>/infra.json`. */
export interface InfraInfo {
  profile: string;
  kafkaBrokers: string[];
  databaseUrl: string;
  /** what `down` stops: servers this tooling runs from the profile's state folder */
  started: { kafka: boolean; postgres: boolean };
  /** set by `infra up`: processes that used the servers leave them running when they stop */
  keepRunning: boolean;
}

export interface InfraHandle extends InfraInfo {
  /** what this very call started */
  startedNow: { kafka: boolean; postgres: boolean };
  /**
   * Releases this process's lease; the last process out stops the servers this tooling started
   * (never foreign ones), unless `keepRunning` is set.
   */
  stop(): Promise<void>;
}

export interface InfraStatus {
  profile: string;
  recorded: InfraInfo | null;
  /** processes currently using the profile's servers */
  leases: number;
  kafka: { brokers: string[]; answers: boolean; error?: string };
  postgres: { url: string; answers: boolean; error?: string }[];
}

export declare const PROFILES: Record<'dev' | 'test', Profile>;
export declare function profile(name: string | Profile): Profile;
export interface UpOptions {
  log?: (line: string) => void;
  /** leave the servers running after this process (`infra up`); otherwise this process holds a lease */
  keepRunning?: boolean;
}

/** `name`: a profile's name, or a profile of the caller's own (tests: their own ports and folder). */
export declare function up(name?: string | Profile, options?: UpOptions): Promise<InfraHandle>;
export declare function down(
  name?: string | Profile,
  options?: { log?: (line: string) => void },
): Promise<void>;
export declare function status(name?: string): Promise<InfraStatus>;
