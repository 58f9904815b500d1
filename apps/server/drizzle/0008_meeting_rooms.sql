-- btree_gist lets one GiST index compare room_id by equality and time ranges by overlap
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
CREATE TABLE "room_booking_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"room_id" uuid NOT NULL,
	"rrule" text NOT NULL,
	"booker_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"room_id" uuid,
	"token_hash" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"revoked_at" timestamp (3) with time zone,
	CONSTRAINT "calendar_feeds_scope_check" CHECK (("calendar_feeds"."scope" = 'room') = ("calendar_feeds"."room_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "meeting_room_approvers" (
	"room_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "meeting_room_approvers_room_id_user_id_pk" PRIMARY KEY("room_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_rooms" (
	"room_id" uuid PRIMARY KEY NOT NULL,
	"capacity" integer NOT NULL,
	"equipment" text[] DEFAULT '{}'::text[] NOT NULL,
	"bookable" boolean DEFAULT true NOT NULL,
	"open_from_minute" integer DEFAULT 480 NOT NULL,
	"open_to_minute" integer DEFAULT 1080 NOT NULL,
	"workdays_only" boolean DEFAULT true NOT NULL,
	"requires_approval" boolean DEFAULT false NOT NULL,
	"booking_scope" text DEFAULT 'everyone' NOT NULL,
	"allowed_unit_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"allowed_roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"min_minutes" integer DEFAULT 15 NOT NULL,
	"max_minutes" integer DEFAULT 480 NOT NULL,
	"max_days_ahead" integer DEFAULT 30 NOT NULL,
	"min_notice_minutes" integer DEFAULT 0 NOT NULL,
	"buffer_minutes" integer DEFAULT 0 NOT NULL,
	"check_in_required" boolean DEFAULT false NOT NULL,
	"check_in_opens_minutes" integer DEFAULT 10 NOT NULL,
	"no_show_minutes" integer DEFAULT 15 NOT NULL,
	"quota_hours_per_week" integer,
	"pending_hold_hours" integer DEFAULT 48 NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "meeting_rooms_capacity_check" CHECK ("meeting_rooms"."capacity" > 0),
	CONSTRAINT "meeting_rooms_open_check" CHECK ("meeting_rooms"."open_from_minute" >= 0 and "meeting_rooms"."open_from_minute" < "meeting_rooms"."open_to_minute" and "meeting_rooms"."open_to_minute" <= 1440),
	CONSTRAINT "meeting_rooms_duration_check" CHECK ("meeting_rooms"."min_minutes" > 0 and "meeting_rooms"."min_minutes" <= "meeting_rooms"."max_minutes"),
	CONSTRAINT "meeting_rooms_scope_check" CHECK ("meeting_rooms"."booking_scope" in ('everyone', 'units', 'roles')),
	CONSTRAINT "meeting_rooms_buffer_check" CHECK ("meeting_rooms"."buffer_minutes" >= 0)
);
--> statement-breakpoint
CREATE TABLE "meeting_service_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"booking_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"due_at" timestamp (3) with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"done_by" uuid,
	"done_at" timestamp (3) with time zone,
	CONSTRAINT "meeting_service_tasks_kind_check" CHECK ("meeting_service_tasks"."kind" in ('tea', 'name_cards', 'av_setup', 'banner')),
	CONSTRAINT "meeting_service_tasks_status_check" CHECK ("meeting_service_tasks"."status" in ('open', 'done', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "room_booking_attendees" (
	"booking_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "room_booking_attendees_booking_id_user_id_pk" PRIMARY KEY("booking_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "room_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"room_id" uuid NOT NULL,
	"series_id" uuid,
	"booker_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"title" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"external_count" integer DEFAULT 0 NOT NULL,
	"starts_at" timestamp (3) with time zone NOT NULL,
	"ends_at" timestamp (3) with time zone NOT NULL,
	"blocked_until" timestamp (3) with time zone NOT NULL,
	"status" text NOT NULL,
	"check_in_required" boolean NOT NULL,
	"checked_in_at" timestamp (3) with time zone,
	"ended_early_at" timestamp (3) with time zone,
	"hold_expires_at" timestamp (3) with time zone,
	"decided_by" uuid,
	"decided_at" timestamp (3) with time zone,
	"decision_reason" text,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "room_bookings_time_check" CHECK ("room_bookings"."starts_at" < "room_bookings"."ends_at" and "room_bookings"."ends_at" <= "room_bookings"."blocked_until"),
	CONSTRAINT "room_bookings_status_check" CHECK ("room_bookings"."status" in ('pending', 'confirmed', 'cancelled', 'rejected', 'released', 'expired')),
	CONSTRAINT "room_bookings_title_check" CHECK (char_length("room_bookings"."title") between 1 and 100),
	CONSTRAINT "room_bookings_external_check" CHECK ("room_bookings"."external_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "room_closures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"room_id" uuid NOT NULL,
	"starts_at" timestamp (3) with time zone NOT NULL,
	"ends_at" timestamp (3) with time zone NOT NULL,
	"reason" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "room_closures_time_check" CHECK ("room_closures"."starts_at" < "room_closures"."ends_at")
);
--> statement-breakpoint
ALTER TABLE "room_booking_series" ADD CONSTRAINT "room_booking_series_room_id_meeting_rooms_room_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."meeting_rooms"("room_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_booking_series" ADD CONSTRAINT "room_booking_series_booker_id_users_id_fk" FOREIGN KEY ("booker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_room_id_meeting_rooms_room_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."meeting_rooms"("room_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_room_approvers" ADD CONSTRAINT "meeting_room_approvers_room_id_meeting_rooms_room_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."meeting_rooms"("room_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_room_approvers" ADD CONSTRAINT "meeting_room_approvers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_rooms" ADD CONSTRAINT "meeting_rooms_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_service_tasks" ADD CONSTRAINT "meeting_service_tasks_booking_id_room_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."room_bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_service_tasks" ADD CONSTRAINT "meeting_service_tasks_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_booking_attendees" ADD CONSTRAINT "room_booking_attendees_booking_id_room_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."room_bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_booking_attendees" ADD CONSTRAINT "room_booking_attendees_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_bookings" ADD CONSTRAINT "room_bookings_room_id_meeting_rooms_room_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."meeting_rooms"("room_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_bookings" ADD CONSTRAINT "room_bookings_series_id_room_booking_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."room_booking_series"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_bookings" ADD CONSTRAINT "room_bookings_booker_id_users_id_fk" FOREIGN KEY ("booker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_bookings" ADD CONSTRAINT "room_bookings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_bookings" ADD CONSTRAINT "room_bookings_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_closures" ADD CONSTRAINT "room_closures_room_id_meeting_rooms_room_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."meeting_rooms"("room_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_closures" ADD CONSTRAINT "room_closures_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_token_key" ON "calendar_feeds" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_live_key" ON "calendar_feeds" USING btree ("user_id","scope",coalesce("room_id", '00000000-0000-0000-0000-000000000000'::uuid)) WHERE "calendar_feeds"."revoked_at" is null;--> statement-breakpoint
CREATE INDEX "meeting_room_approvers_user_idx" ON "meeting_room_approvers" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_service_tasks_booking_kind_key" ON "meeting_service_tasks" USING btree ("booking_id","kind");--> statement-breakpoint
CREATE INDEX "meeting_service_tasks_due_idx" ON "meeting_service_tasks" USING btree ("due_at");--> statement-breakpoint
CREATE INDEX "room_booking_attendees_user_idx" ON "room_booking_attendees" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "room_bookings_room_start_idx" ON "room_bookings" USING btree ("room_id","starts_at");--> statement-breakpoint
CREATE INDEX "room_bookings_booker_idx" ON "room_bookings" USING btree ("booker_id","starts_at");--> statement-breakpoint
CREATE INDEX "room_bookings_series_idx" ON "room_bookings" USING btree ("series_id","starts_at");--> statement-breakpoint
CREATE INDEX "room_bookings_pending_idx" ON "room_bookings" USING btree ("hold_expires_at") WHERE "room_bookings"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "room_bookings_no_show_idx" ON "room_bookings" USING btree ("starts_at") WHERE "room_bookings"."status" = 'confirmed' and "room_bookings"."check_in_required" and "room_bookings"."checked_in_at" is null;--> statement-breakpoint
CREATE INDEX "room_closures_room_idx" ON "room_closures" USING btree ("room_id","starts_at");--> statement-breakpoint
-- No double booking: two active bookings of one room may not overlap, counting the buffer after each.
ALTER TABLE "room_bookings" ADD CONSTRAINT "room_bookings_no_overlap" EXCLUDE USING gist ("room_id" WITH =, tstzrange("starts_at", "blocked_until", '[)') WITH &&) WHERE ("status" in ('pending', 'confirmed'));
