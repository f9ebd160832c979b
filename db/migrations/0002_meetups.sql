CREATE TYPE "public"."meetup_agenda_item_type" AS ENUM('keynote', 'talk', 'workshop', 'break', 'discussion');--> statement-breakpoint
CREATE TYPE "public"."meetup_format" AS ENUM('in_person', 'online', 'hybrid');--> statement-breakpoint
CREATE TYPE "public"."meetup_material_kind" AS ENUM('slides', 'minutes', 'link');--> statement-breakpoint
CREATE TYPE "public"."meetup_state" AS ENUM('draft', 'published', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."meetup_registration_status" AS ENUM('registered', 'waitlisted', 'cancelled');--> statement-breakpoint
CREATE TABLE "job_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"done_at" timestamp with time zone,
	"last_error" text,
	"dedupe_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_outbox_dedupe_key_unique" UNIQUE("dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "meetup_agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meetup_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"title" text NOT NULL,
	"type" "meetup_agenda_item_type" NOT NULL,
	"description" text,
	CONSTRAINT "meetup_agenda_items_duration_positive" CHECK ("meetup_agenda_items"."duration_minutes" > 0)
);
--> statement-breakpoint
CREATE TABLE "meetup_agenda_solutions" (
	"item_id" uuid NOT NULL,
	"solution_id" uuid NOT NULL,
	CONSTRAINT "meetup_agenda_solutions_item_id_solution_id_pk" PRIMARY KEY("item_id","solution_id")
);
--> statement-breakpoint
CREATE TABLE "meetup_agenda_speakers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"user_id" text,
	"guest_name" text,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "meetup_agenda_speakers_member_or_guest" CHECK (("meetup_agenda_speakers"."user_id" is null) <> ("meetup_agenda_speakers"."guest_name" is null))
);
--> statement-breakpoint
CREATE TABLE "meetup_materials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meetup_id" uuid NOT NULL,
	"kind" "meetup_material_kind" NOT NULL,
	"title" text NOT NULL,
	"url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetup_materials_url_unless_minutes" CHECK ("meetup_materials"."url" is not null or "meetup_materials"."kind" = 'minutes')
);
--> statement-breakpoint
CREATE TABLE "meetup_organisers" (
	"meetup_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetup_organisers_meetup_id_user_id_pk" PRIMARY KEY("meetup_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "meetup_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meetup_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"status" "meetup_registration_status" NOT NULL,
	"note" text,
	"list_publicly" boolean DEFAULT false NOT NULL,
	"attended" boolean,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "meetup_registrations_meetup_user_unique" UNIQUE("meetup_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "meetups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"format" "meetup_format" NOT NULL,
	"venue_name" text,
	"venue_address" text,
	"online_url" text,
	"host_municipality_ags" varchar(8),
	"capacity" integer NOT NULL,
	"registration_deadline" timestamp with time zone,
	"state" "meetup_state" DEFAULT 'draft' NOT NULL,
	"cancel_reason" text,
	"created_by_id" text NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"minutes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "meetups_slug_unique" UNIQUE("slug"),
	CONSTRAINT "meetups_capacity_positive" CHECK ("meetups"."capacity" > 0),
	CONSTRAINT "meetups_ends_after_start" CHECK ("meetups"."ends_at" > "meetups"."starts_at"),
	CONSTRAINT "meetups_deadline_before_start" CHECK ("meetups"."registration_deadline" is null or "meetups"."registration_deadline" <= "meetups"."starts_at")
);
--> statement-breakpoint
ALTER TABLE "meetup_agenda_items" ADD CONSTRAINT "meetup_agenda_items_meetup_id_meetups_id_fk" FOREIGN KEY ("meetup_id") REFERENCES "public"."meetups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetup_agenda_solutions" ADD CONSTRAINT "meetup_agenda_solutions_item_id_meetup_agenda_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."meetup_agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetup_agenda_solutions" ADD CONSTRAINT "meetup_agenda_solutions_solution_id_solutions_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."solutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetup_agenda_speakers" ADD CONSTRAINT "meetup_agenda_speakers_item_id_meetup_agenda_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."meetup_agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetup_agenda_speakers" ADD CONSTRAINT "meetup_agenda_speakers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetup_materials" ADD CONSTRAINT "meetup_materials_meetup_id_meetups_id_fk" FOREIGN KEY ("meetup_id") REFERENCES "public"."meetups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetup_organisers" ADD CONSTRAINT "meetup_organisers_meetup_id_meetups_id_fk" FOREIGN KEY ("meetup_id") REFERENCES "public"."meetups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetup_organisers" ADD CONSTRAINT "meetup_organisers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetup_registrations" ADD CONSTRAINT "meetup_registrations_meetup_id_meetups_id_fk" FOREIGN KEY ("meetup_id") REFERENCES "public"."meetups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetup_registrations" ADD CONSTRAINT "meetup_registrations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetups" ADD CONSTRAINT "meetups_host_municipality_ags_municipalities_ags_fk" FOREIGN KEY ("host_municipality_ags") REFERENCES "public"."municipalities"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetups" ADD CONSTRAINT "meetups_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_outbox_due_idx" ON "job_outbox" USING btree ("run_at") WHERE done_at is null;--> statement-breakpoint
CREATE INDEX "meetup_agenda_items_meetup_idx" ON "meetup_agenda_items" USING btree ("meetup_id","position");--> statement-breakpoint
CREATE INDEX "meetup_agenda_solutions_solution_idx" ON "meetup_agenda_solutions" USING btree ("solution_id");--> statement-breakpoint
CREATE INDEX "meetup_agenda_speakers_item_idx" ON "meetup_agenda_speakers" USING btree ("item_id","position");--> statement-breakpoint
CREATE INDEX "meetup_agenda_speakers_user_idx" ON "meetup_agenda_speakers" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "meetup_materials_meetup_idx" ON "meetup_materials" USING btree ("meetup_id","created_at");--> statement-breakpoint
CREATE INDEX "meetup_organisers_user_idx" ON "meetup_organisers" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "meetup_registrations_queue_idx" ON "meetup_registrations" USING btree ("meetup_id","status","created_at");--> statement-breakpoint
CREATE INDEX "meetup_registrations_user_idx" ON "meetup_registrations" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "meetups_state_starts_idx" ON "meetups" USING btree ("state","starts_at");--> statement-breakpoint
CREATE INDEX "meetups_ends_idx" ON "meetups" USING btree ("ends_at");--> statement-breakpoint
CREATE INDEX "meetups_host_idx" ON "meetups" USING btree ("host_municipality_ags");--> statement-breakpoint
CREATE INDEX "meetups_created_by_idx" ON "meetups" USING btree ("created_by_id");