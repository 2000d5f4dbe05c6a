export * from './customers';
export * from './inquiries';
export * from './leads';
export * from './orders';
export * from './parts';
export * from './rate-tables';
export * from './reports';
