export * from './args';
export * from './infrastructure';
export * from './progress';
export * from './report';
export * from './stats';
export * from './nest-logs';
