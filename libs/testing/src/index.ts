export * from './database';
export * from './fake-clock';
export * from './infrastructure';
export * from './kafka';
export * from './wait-for';
