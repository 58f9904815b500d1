import type { AppContext } from '../context';
import { assertValidCron } from './cron';

/** What a handler gets besides its payload. */
export interface JobContext {
  ctx: AppContext;
  jobId: string;
  /** 1 on the first run, 2 on the first retry… */
  attempt: number;
}

export interface JobDefinition<P> {
  name: string;
  handler(job: JobContext, payload: P): Promise<void>;
  maxAttempts: number;
}

export interface RecurringDefinition {
  name: string;
  cron: string;
}

export const DEFAULT_MAX_ATTEMPTS = 5;
const NAME = /^[a-z0-9][a-z0-9._:-]{0,99}$/;

/** Every job type declared in this process, by name (one-off and recurring share one namespace). */
const definitions = new Map<string, JobDefinition<unknown>>();
const recurring = new Map<string, RecurringDefinition>();

function register<P>(definition: JobDefinition<P>): JobDefinition<P> {
  if (!NAME.test(definition.name)) {
    throw new Error(`job name "${definition.name}" must be lower-case letters, digits and . _ : -`);
  }
  if (definitions.has(definition.name)) throw new Error(`job "${definition.name}" is defined twice`);
  if (!Number.isInteger(definition.maxAttempts) || definition.maxAttempts < 1) {
    throw new Error(`job "${definition.name}": maxAttempts must be a positive integer`);
  }
  // a job runs with the payload it was stored with; the registry cannot check P at run time
  definitions.set(definition.name, definition as JobDefinition<unknown>);
  return definition;
}

/**
 * Declares a job type once, at module load. Payloads are stored as JSON: pass ids and plain values
 * (a Date arrives as its ISO string).
 */
export function defineJob<P>(
  name: string,
  handler: (job: JobContext, payload: P) => Promise<void>,
  options: { maxAttempts?: number } = {},
): JobDefinition<P> {
  return register({ name, handler, maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS });
}

/**
 * Declares a recurring job: `cron` (5 fields, or 6 with seconds first) is read in the deployment's
 * zone (config.timeZone). The schedule is stored in the database when a process starts running jobs.
 */
export function defineRecurringJob(
  name: string,
  cron: string,
  handler: (job: JobContext) => Promise<void>,
): void {
  assertValidCron(cron);
  register<unknown>({ name, handler: (job) => handler(job), maxAttempts: DEFAULT_MAX_ATTEMPTS });
  recurring.set(name, { name, cron });
}

export function findJobDefinition(name: string): JobDefinition<unknown> | undefined {
  return definitions.get(name);
}

/** Names this process can run: a claim takes only these, so other versions' jobs wait for them. */
export function registeredJobNames(): string[] {
  return [...definitions.keys()];
}

export function findRecurringDefinition(name: string): RecurringDefinition | undefined {
  return recurring.get(name);
}

export function recurringDefinitions(): RecurringDefinition[] {
  return [...recurring.values()];
}
