export * from './audit';
export * from './auth';
export * from './common';
export * from './dashboard';
export * from './errors';
export * from './roles';
export * from './units';
export * from './users';
