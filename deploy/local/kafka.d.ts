export interface EnsureKafkaOptions {
  /** PLAINTEXT listener on 127.0.0.1; default 9092 */
  port?: number;
  /** KRaft controller listener on 127.0.0.1; default 9093 */
  controllerPort?: number;
  /** holds server.properties, the log4j2 config, cluster id, pidfile, kafka.log and the data */
  stateDir: string;
  log?: (line: string) => void;
  /** fresh data on every start, deleted on stop (the test profile); default false */
  ephemeral?: boolean;
}

export interface KafkaHandle {
  /** host:port bootstrap list */
  brokers: string[];
  /** true only when this call started the broker */
  startedByUs: boolean;
  /** PID of our broker (started now or by an earlier call on this stateDir); undefined for a foreign one */
  pid: number | undefined;
  /** stops the broker when this call started it, otherwise does nothing */
  stop(): Promise<void>;
}

export declare function ensureKafka(options: EnsureKafkaOptions): Promise<KafkaHandle>;
/** Stops the broker in `<stateDir>/kafka.pid` (SIGTERM, up to 20 s, then SIGKILL). */
export declare function stopKafka(options: {
  stateDir: string;
  log?: (line: string) => void;
  ephemeral?: boolean;
}): Promise<void>;
/** One metadata request, no retries: undefined when the cluster answered, else the error. */
export declare function probeMetadata(brokers: string[]): Promise<Error | undefined>;
