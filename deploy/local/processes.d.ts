export declare function readPidFile(file: string): number | undefined;
export declare function isAlive(pid: number, expect?: string): boolean;
export declare function stopPid(
  pid: number,
  options?: { graceMs?: number; expect?: string; log?: (line: string) => void },
): Promise<void>;
export declare function portAnswers(
  port: number,
  host?: string,
  timeoutMs?: number,
): Promise<boolean>;
export declare function tail(file: string, lines?: number): string;
export declare function delay(ms: number): Promise<void>;
