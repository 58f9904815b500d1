CREATE TABLE "recurring_jobs" (
	"name" text PRIMARY KEY NOT NULL,
	"cron" text NOT NULL,
	"time_zone" text NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scheduled_job_runs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"job_id" uuid NOT NULL,
	"name" text NOT NULL,
	"attempt" integer NOT NULL,
	"worker" text NOT NULL,
	"started_at" timestamp (3) with time zone NOT NULL,
	"finished_at" timestamp (3) with time zone,
	"duration_ms" integer,
	"ok" boolean,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "scheduled_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"name" text NOT NULL,
	"payload" jsonb,
	"status" text DEFAULT 'pending' NOT NULL,
	"run_at" timestamp (3) with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer NOT NULL,
	"dedupe_key" text,
	"occurrence_at" timestamp (3) with time zone,
	"locked_until" timestamp (3) with time zone,
	"locked_by" text,
	"last_error" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp (3) with time zone,
	CONSTRAINT "scheduled_jobs_status_check" CHECK ("scheduled_jobs"."status" in ('pending', 'running', 'succeeded', 'failed')),
	CONSTRAINT "scheduled_jobs_attempts_check" CHECK ("scheduled_jobs"."attempts" >= 0 and "scheduled_jobs"."max_attempts" >= 1)
);
--> statement-breakpoint
ALTER TABLE "scheduled_job_runs" ADD CONSTRAINT "scheduled_job_runs_job_id_scheduled_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."scheduled_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "scheduled_job_runs_job_idx" ON "scheduled_job_runs" USING btree ("job_id","attempt");--> statement-breakpoint
CREATE INDEX "scheduled_job_runs_started_idx" ON "scheduled_job_runs" USING btree ("started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "scheduled_jobs_dedupe_key" ON "scheduled_jobs" USING btree ("name","dedupe_key") WHERE "scheduled_jobs"."dedupe_key" is not null and "scheduled_jobs"."status" in ('pending', 'running');--> statement-breakpoint
CREATE UNIQUE INDEX "scheduled_jobs_occurrence_key" ON "scheduled_jobs" USING btree ("name","occurrence_at") WHERE "scheduled_jobs"."occurrence_at" is not null;--> statement-breakpoint
CREATE INDEX "scheduled_jobs_pending_idx" ON "scheduled_jobs" USING btree ("run_at","seq") WHERE "scheduled_jobs"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "scheduled_jobs_running_idx" ON "scheduled_jobs" USING btree ("locked_until") WHERE "scheduled_jobs"."status" = 'running';--> statement-breakpoint
CREATE INDEX "scheduled_jobs_name_idx" ON "scheduled_jobs" USING btree ("name","created_at");--> statement-breakpoint
CREATE INDEX "scheduled_jobs_created_idx" ON "scheduled_jobs" USING btree ("created_at");