CREATE TABLE "files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"owner_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"original_name" text NOT NULL,
	"storage_key" text NOT NULL,
	"width" integer,
	"height" integer,
	"thumbnail_bytes" integer,
	"created_at" timestamp (3) with time zone NOT NULL,
	"attached_type" text,
	"attached_id" text,
	"attached_at" timestamp (3) with time zone,
	CONSTRAINT "files_attached_pair_check" CHECK (("files"."attached_type" is null) = ("files"."attached_id" is null)),
	CONSTRAINT "files_kind_check" CHECK ("files"."kind" in ('image', 'document'))
);
--> statement-breakpoint
CREATE TABLE "short_code_attempts" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"window_started_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "short_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code_hash" text NOT NULL,
	"purpose" text NOT NULL,
	"subject" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"redeemed_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "used_tokens" (
	"token_id" text PRIMARY KEY NOT NULL,
	"purpose" text NOT NULL,
	"subject" text NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"used_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "files_attached_idx" ON "files" USING btree ("attached_type","attached_id");--> statement-breakpoint
CREATE INDEX "files_orphan_idx" ON "files" USING btree ("created_at") WHERE "files"."attached_type" is null;--> statement-breakpoint
CREATE INDEX "files_owner_idx" ON "files" USING btree ("owner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "short_codes_live_key" ON "short_codes" USING btree ("code_hash") WHERE "short_codes"."redeemed_at" is null;--> statement-breakpoint
CREATE INDEX "short_codes_hash_idx" ON "short_codes" USING btree ("code_hash");--> statement-breakpoint
CREATE INDEX "short_codes_expires_idx" ON "short_codes" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "used_tokens_expires_idx" ON "used_tokens" USING btree ("expires_at");