CREATE TABLE "buildings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"code" text NOT NULL,
	"address" text,
	"sort" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "buildings_name_check" CHECK (char_length("buildings"."name") between 1 and 100),
	CONSTRAINT "buildings_code_check" CHECK (char_length("buildings"."code") between 1 and 32)
);--> statement-breakpoint
CREATE TABLE "floors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"building_id" uuid NOT NULL,
	"level" integer NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "floors_name_check" CHECK (char_length("floors"."name") between 1 and 20)
);--> statement-breakpoint
CREATE TABLE "rooms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"floor_id" uuid NOT NULL,
	"building_id" uuid NOT NULL,
	"number" text NOT NULL,
	"name" text NOT NULL,
	"area_m2" numeric(8, 2) NOT NULL,
	"use" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "rooms_area_check" CHECK ("rooms"."area_m2" > 0),
	CONSTRAINT "rooms_use_check" CHECK ("rooms"."use" in ('office', 'meeting', 'other')),
	CONSTRAINT "rooms_number_check" CHECK (char_length("rooms"."number") between 1 and 32),
	CONSTRAINT "rooms_name_check" CHECK (char_length("rooms"."name") between 1 and 100)
);--> statement-breakpoint
CREATE UNIQUE INDEX "buildings_name_key" ON "buildings" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "buildings_code_key" ON "buildings" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "floors_building_level_key" ON "floors" USING btree ("building_id","level");--> statement-breakpoint
CREATE UNIQUE INDEX "floors_id_building_key" ON "floors" USING btree ("id","building_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rooms_building_number_key" ON "rooms" USING btree ("building_id","number");--> statement-breakpoint
CREATE INDEX "rooms_floor_idx" ON "rooms" USING btree ("floor_id");--> statement-breakpoint
ALTER TABLE "floors" ADD CONSTRAINT "floors_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rooms" ADD CONSTRAINT "rooms_floor_building_fk" FOREIGN KEY ("floor_id","building_id") REFERENCES "public"."floors"("id","building_id") ON DELETE no action ON UPDATE no action;