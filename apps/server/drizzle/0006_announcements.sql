CREATE TABLE "announcements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"audience_kind" text NOT NULL,
	"audience_unit_id" uuid,
	"audience_unit_name" text,
	"audience_role" text,
	"recipient_count" integer NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "announcements_title_check" CHECK (char_length("announcements"."title") between 1 and 100),
	CONSTRAINT "announcements_body_check" CHECK (char_length("announcements"."body") between 1 and 2000),
	CONSTRAINT "announcements_audience_check" CHECK (("announcements"."audience_kind" = 'all' and "announcements"."audience_unit_id" is null and "announcements"."audience_unit_name" is null
           and "announcements"."audience_role" is null)
       or ("announcements"."audience_kind" = 'unit' and "announcements"."audience_unit_name" is not null and "announcements"."audience_role" is null)
       or ("announcements"."audience_kind" = 'role' and "announcements"."audience_unit_id" is null and "announcements"."audience_unit_name" is null
           and "announcements"."audience_role" is not null)),
	CONSTRAINT "announcements_recipient_count_check" CHECK ("announcements"."recipient_count" >= 0)
);
--> statement-breakpoint
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_audience_unit_id_units_id_fk" FOREIGN KEY ("audience_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "announcements_created_idx" ON "announcements" USING btree ("created_at" DESC NULLS LAST,"id");