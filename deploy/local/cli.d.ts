export { up, down, status } from './infra';
/** Runs the command line (`up|down|status [--profile dev|test]`). */
export declare function main(argv: string[]): Promise<void>;
