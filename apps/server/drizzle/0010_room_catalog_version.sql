CREATE TABLE "meeting_room_catalog" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "meeting_room_catalog_single_row" CHECK ("meeting_room_catalog"."id" = 1)
);
--> statement-breakpoint
INSERT INTO "meeting_room_catalog" ("id", "version") VALUES (1, 0);--> statement-breakpoint
CREATE FUNCTION "bump_meeting_room_catalog"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "meeting_room_catalog" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "meeting_rooms_catalog" AFTER INSERT OR UPDATE OR DELETE ON "meeting_rooms" FOR EACH STATEMENT EXECUTE FUNCTION "bump_meeting_room_catalog"();--> statement-breakpoint
CREATE TRIGGER "meeting_room_approvers_catalog" AFTER INSERT OR UPDATE OR DELETE ON "meeting_room_approvers" FOR EACH STATEMENT EXECUTE FUNCTION "bump_meeting_room_catalog"();--> statement-breakpoint
CREATE TRIGGER "rooms_catalog" AFTER INSERT OR UPDATE OR DELETE ON "rooms" FOR EACH STATEMENT EXECUTE FUNCTION "bump_meeting_room_catalog"();--> statement-breakpoint
CREATE TRIGGER "floors_catalog" AFTER INSERT OR UPDATE OR DELETE ON "floors" FOR EACH STATEMENT EXECUTE FUNCTION "bump_meeting_room_catalog"();--> statement-breakpoint
CREATE TRIGGER "buildings_catalog" AFTER INSERT OR UPDATE OR DELETE ON "buildings" FOR EACH STATEMENT EXECUTE FUNCTION "bump_meeting_room_catalog"();--> statement-breakpoint
CREATE TRIGGER "users_name_catalog" AFTER UPDATE OF "display_name" ON "users" FOR EACH STATEMENT EXECUTE FUNCTION "bump_meeting_room_catalog"();--> statement-breakpoint
CREATE TRIGGER "files_room_photo_catalog" AFTER UPDATE OF "attached_type", "attached_id" ON "files" FOR EACH ROW WHEN (OLD."attached_type" = 'meeting_room' OR NEW."attached_type" = 'meeting_room') EXECUTE FUNCTION "bump_meeting_room_catalog"();--> statement-breakpoint
CREATE TRIGGER "files_room_photo_deleted_catalog" AFTER DELETE ON "files" FOR EACH ROW WHEN (OLD."attached_type" = 'meeting_room') EXECUTE FUNCTION "bump_meeting_room_catalog"();
