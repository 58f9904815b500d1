CREATE TABLE "calendar_days" (
	"date" date PRIMARY KEY NOT NULL,
	"workday" boolean NOT NULL,
	"name" text,
	"source" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_days_source_check" CHECK ("calendar_days"."source" in ('official', 'admin', 'local'))
);
