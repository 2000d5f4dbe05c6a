/** Resolves the broker's runtime jars into the cache (once) and returns that folder. */
export declare function resolveKafkaJars(log: (line: string) => void): Promise<string>;
/** `${FREIGHT_CACHE_DIR:-$HOME/.cache/freight-cs}/kafka-<version>/libs` */
export declare function kafkaLibsDir(): string;
/** The `<kafka.version>` property of deploy/local/kafka/pom.xml. */
export declare function kafkaVersion(): string;
export declare function cacheRoot(): string;
