/** Starts a throwaway PostgreSQL server on a free loopback port (see postgres.mjs). */
export function startThrowawayPostgres(options?: {
  durable?: boolean;
}): Promise<{ url: string; stop(): void }>;
