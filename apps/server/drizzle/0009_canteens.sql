CREATE TABLE "canteen_day_overrides" (
	"canteen_id" uuid NOT NULL,
	"date" date NOT NULL,
	"open" boolean NOT NULL,
	"reason" text NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "canteen_day_overrides_pkey" PRIMARY KEY("canteen_id","date"),
	CONSTRAINT "canteen_day_overrides_reason_check" CHECK (char_length("canteen_day_overrides"."reason") between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "canteen_dish_ratings" (
	"dish_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"rating" smallint NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "canteen_dish_ratings_pkey" PRIMARY KEY("dish_id","user_id"),
	CONSTRAINT "canteen_dish_ratings_rating_check" CHECK ("canteen_dish_ratings"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "canteen_dishes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"menu_id" uuid NOT NULL,
	"sort" integer NOT NULL,
	"name" text NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"photo_file_id" uuid,
	CONSTRAINT "canteen_dishes_name_check" CHECK (char_length("canteen_dishes"."name") between 1 and 100),
	CONSTRAINT "canteen_dishes_tags_check" CHECK ("canteen_dishes"."tags" <@ array['素食', '清真', '少盐', '辣']::text[])
);
--> statement-breakpoint
CREATE TABLE "canteen_meals" (
	"canteen_id" uuid NOT NULL,
	"meal" text NOT NULL,
	"serves_from_minute" smallint NOT NULL,
	"serves_to_minute" smallint NOT NULL,
	"cutoff_day_offset" smallint NOT NULL,
	"cutoff_minute" smallint NOT NULL,
	"price_staff_fen" integer NOT NULL,
	"price_guest_fen" integer NOT NULL,
	"price_walk_in_fen" integer NOT NULL,
	CONSTRAINT "canteen_meals_pkey" PRIMARY KEY("canteen_id","meal"),
	CONSTRAINT "canteen_meals_meal_check" CHECK ("canteen_meals"."meal" in ('breakfast', 'lunch', 'dinner')),
	CONSTRAINT "canteen_meals_window_check" CHECK ("canteen_meals"."serves_from_minute" >= 0 and "canteen_meals"."serves_from_minute" < "canteen_meals"."serves_to_minute" and "canteen_meals"."serves_to_minute" <= 1439),
	CONSTRAINT "canteen_meals_cutoff_check" CHECK ("canteen_meals"."cutoff_day_offset" between -7 and 0 and "canteen_meals"."cutoff_minute" between 0 and 1439),
	CONSTRAINT "canteen_meals_price_check" CHECK ("canteen_meals"."price_staff_fen" >= 0 and "canteen_meals"."price_guest_fen" >= 0 and "canteen_meals"."price_walk_in_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "canteen_menus" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"canteen_id" uuid NOT NULL,
	"date" date NOT NULL,
	"meal" text NOT NULL,
	"published_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "canteen_menus_meal_check" CHECK ("canteen_menus"."meal" in ('breakfast', 'lunch', 'dinner'))
);
--> statement-breakpoint
CREATE TABLE "canteen_units" (
	"canteen_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "canteen_units_pkey" PRIMARY KEY("canteen_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "canteens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"location" text,
	"booking_mode" text NOT NULL,
	"serves_all" boolean DEFAULT true NOT NULL,
	"guest_approval_threshold" integer DEFAULT 10 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "canteens_name_check" CHECK (char_length("canteens"."name") between 1 and 100),
	CONSTRAINT "canteens_booking_mode_check" CHECK ("canteens"."booking_mode" in ('opt_in', 'opt_out')),
	CONSTRAINT "canteens_guest_threshold_check" CHECK ("canteens"."guest_approval_threshold" >= 0)
);
--> statement-breakpoint
CREATE TABLE "guest_meal_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"canteen_id" uuid NOT NULL,
	"date" date NOT NULL,
	"meal" text NOT NULL,
	"guest_count" integer NOT NULL,
	"reason" text NOT NULL,
	"paying_unit_id" uuid NOT NULL,
	"requested_by" uuid NOT NULL,
	"status" text NOT NULL,
	"price_fen" integer NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "guest_meal_orders_meal_check" CHECK ("guest_meal_orders"."meal" in ('breakfast', 'lunch', 'dinner')),
	CONSTRAINT "guest_meal_orders_count_check" CHECK ("guest_meal_orders"."guest_count" between 1 and 500),
	CONSTRAINT "guest_meal_orders_status_check" CHECK ("guest_meal_orders"."status" in ('pending', 'approved', 'rejected', 'cancelled')),
	CONSTRAINT "guest_meal_orders_price_check" CHECK ("guest_meal_orders"."price_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "meal_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"canteen_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"date" date NOT NULL,
	"meal" text NOT NULL,
	"status" text NOT NULL,
	"kind" text DEFAULT 'regular' NOT NULL,
	"booked_by" uuid,
	"price_fen" integer NOT NULL,
	"served_at" timestamp (3) with time zone,
	"served_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "meal_bookings_meal_check" CHECK ("meal_bookings"."meal" in ('breakfast', 'lunch', 'dinner')),
	CONSTRAINT "meal_bookings_status_check" CHECK ("meal_bookings"."status" in ('booked', 'cancelled')),
	CONSTRAINT "meal_bookings_kind_check" CHECK ("meal_bookings"."kind" in ('regular', 'duty', 'overtime')),
	CONSTRAINT "meal_bookings_price_check" CHECK ("meal_bookings"."price_fen" >= 0),
	CONSTRAINT "meal_bookings_served_check" CHECK ("meal_bookings"."served_at" is null or "meal_bookings"."status" = 'booked')
);
--> statement-breakpoint
CREATE TABLE "meal_headcounts" (
	"canteen_id" uuid NOT NULL,
	"date" date NOT NULL,
	"meal" text NOT NULL,
	"staff_count" integer NOT NULL,
	"guest_count" integer NOT NULL,
	"by_unit" jsonb NOT NULL,
	"locked_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "meal_headcounts_pkey" PRIMARY KEY("canteen_id","date","meal"),
	CONSTRAINT "meal_headcounts_meal_check" CHECK ("meal_headcounts"."meal" in ('breakfast', 'lunch', 'dinner'))
);
--> statement-breakpoint
CREATE TABLE "meal_leaves" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date NOT NULL,
	"kind" text NOT NULL,
	"cancelled" integer NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "meal_leaves_range_check" CHECK ("meal_leaves"."from_date" <= "meal_leaves"."to_date"),
	CONSTRAINT "meal_leaves_kind_check" CHECK ("meal_leaves"."kind" in ('leave', 'business_trip'))
);
--> statement-breakpoint
CREATE TABLE "meal_walk_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"canteen_id" uuid NOT NULL,
	"date" date NOT NULL,
	"meal" text NOT NULL,
	"user_id" uuid,
	"unit_id" uuid,
	"price_fen" integer NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "meal_walk_ins_meal_check" CHECK ("meal_walk_ins"."meal" in ('breakfast', 'lunch', 'dinner')),
	CONSTRAINT "meal_walk_ins_price_check" CHECK ("meal_walk_ins"."price_fen" >= 0)
);
--> statement-breakpoint
ALTER TABLE "canteen_day_overrides" ADD CONSTRAINT "canteen_day_overrides_canteen_id_canteens_id_fk" FOREIGN KEY ("canteen_id") REFERENCES "public"."canteens"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "canteen_dish_ratings" ADD CONSTRAINT "canteen_dish_ratings_dish_id_canteen_dishes_id_fk" FOREIGN KEY ("dish_id") REFERENCES "public"."canteen_dishes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "canteen_dish_ratings" ADD CONSTRAINT "canteen_dish_ratings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "canteen_dishes" ADD CONSTRAINT "canteen_dishes_menu_id_canteen_menus_id_fk" FOREIGN KEY ("menu_id") REFERENCES "public"."canteen_menus"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "canteen_meals" ADD CONSTRAINT "canteen_meals_canteen_id_canteens_id_fk" FOREIGN KEY ("canteen_id") REFERENCES "public"."canteens"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "canteen_menus" ADD CONSTRAINT "canteen_menus_canteen_id_canteens_id_fk" FOREIGN KEY ("canteen_id") REFERENCES "public"."canteens"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "canteen_units" ADD CONSTRAINT "canteen_units_canteen_id_canteens_id_fk" FOREIGN KEY ("canteen_id") REFERENCES "public"."canteens"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "canteen_units" ADD CONSTRAINT "canteen_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_meal_orders" ADD CONSTRAINT "guest_meal_orders_canteen_id_canteens_id_fk" FOREIGN KEY ("canteen_id") REFERENCES "public"."canteens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_meal_orders" ADD CONSTRAINT "guest_meal_orders_paying_unit_id_units_id_fk" FOREIGN KEY ("paying_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_meal_orders" ADD CONSTRAINT "guest_meal_orders_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_meal_orders" ADD CONSTRAINT "guest_meal_orders_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meal_bookings" ADD CONSTRAINT "meal_bookings_canteen_id_canteens_id_fk" FOREIGN KEY ("canteen_id") REFERENCES "public"."canteens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meal_bookings" ADD CONSTRAINT "meal_bookings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meal_bookings" ADD CONSTRAINT "meal_bookings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meal_bookings" ADD CONSTRAINT "meal_bookings_booked_by_users_id_fk" FOREIGN KEY ("booked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meal_bookings" ADD CONSTRAINT "meal_bookings_served_by_users_id_fk" FOREIGN KEY ("served_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meal_headcounts" ADD CONSTRAINT "meal_headcounts_canteen_id_canteens_id_fk" FOREIGN KEY ("canteen_id") REFERENCES "public"."canteens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meal_leaves" ADD CONSTRAINT "meal_leaves_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meal_walk_ins" ADD CONSTRAINT "meal_walk_ins_canteen_id_canteens_id_fk" FOREIGN KEY ("canteen_id") REFERENCES "public"."canteens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meal_walk_ins" ADD CONSTRAINT "meal_walk_ins_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meal_walk_ins" ADD CONSTRAINT "meal_walk_ins_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meal_walk_ins" ADD CONSTRAINT "meal_walk_ins_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "canteen_dishes_menu_idx" ON "canteen_dishes" USING btree ("menu_id");--> statement-breakpoint
CREATE INDEX "canteen_dishes_photo_idx" ON "canteen_dishes" USING btree ("photo_file_id");--> statement-breakpoint
CREATE UNIQUE INDEX "canteen_menus_day_meal_key" ON "canteen_menus" USING btree ("canteen_id","date","meal");--> statement-breakpoint
CREATE UNIQUE INDEX "canteens_name_key" ON "canteens" USING btree ("name");--> statement-breakpoint
CREATE INDEX "guest_meal_orders_day_idx" ON "guest_meal_orders" USING btree ("canteen_id","date","meal");--> statement-breakpoint
CREATE INDEX "guest_meal_orders_date_idx" ON "guest_meal_orders" USING btree ("date");--> statement-breakpoint
CREATE UNIQUE INDEX "meal_bookings_user_meal_key" ON "meal_bookings" USING btree ("user_id","date","meal");--> statement-breakpoint
CREATE INDEX "meal_bookings_canteen_day_idx" ON "meal_bookings" USING btree ("canteen_id","date","meal");--> statement-breakpoint
CREATE INDEX "meal_bookings_date_idx" ON "meal_bookings" USING btree ("date");--> statement-breakpoint
CREATE INDEX "meal_leaves_user_idx" ON "meal_leaves" USING btree ("user_id","from_date");--> statement-breakpoint
CREATE INDEX "meal_walk_ins_day_idx" ON "meal_walk_ins" USING btree ("canteen_id","date","meal");--> statement-breakpoint
CREATE INDEX "meal_walk_ins_date_idx" ON "meal_walk_ins" USING btree ("date");