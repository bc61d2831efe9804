export * from './organisations';
export * from './users';
export * from './audit-log';
export * from './files';
export * from './calendar';
export * from './annual-calls';
