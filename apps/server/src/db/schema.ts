// Every table, for drizzle-kit and the typed client. Each domain owns its tables.ts.

export * from '../domains/announcements/tables';
export * from '../domains/canteens/tables';
export * from '../domains/meeting-rooms/tables';
export * from '../domains/organisation/tables';
export * from '../domains/spaces/tables';
export * from '../platform/audit/tables';
export * from '../platform/auth/tables';
export * from '../platform/calendar/tables';
export * from '../platform/files/tables';
export * from '../platform/notifications/tables';
export * from '../platform/rate-limit/tables';
export * from '../platform/scheduler/tables';
export * from '../platform/tokens/tables';
