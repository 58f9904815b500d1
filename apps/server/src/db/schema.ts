// Every table, for drizzle-kit and the typed client. Each domain owns its tables.ts.

export * from '../domains/organisation/tables';
export * from '../platform/audit/tables';
export * from '../platform/auth/tables';
