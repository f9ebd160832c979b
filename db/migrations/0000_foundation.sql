CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TYPE "public"."member_role" AS ENUM('member', 'organiser', 'moderator', 'admin');--> statement-breakpoint
CREATE TABLE "accounts" (
	"user_id" text NOT NULL,
	"type" text NOT NULL,
	"provider" text NOT NULL,
	"provider_account_id" text NOT NULL,
	"refresh_token" text,
	"access_token" text,
	"expires_at" integer,
	"token_type" text,
	"scope" text,
	"id_token" text,
	"session_state" text,
	CONSTRAINT "accounts_provider_provider_account_id_pk" PRIMARY KEY("provider","provider_account_id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"session_token" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"expires" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text,
	"email" text,
	"email_verified" timestamp with time zone,
	"image" text,
	"municipality_ags" varchar(8),
	"role_title" text,
	"role" "member_role" DEFAULT 'member' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "verification_tokens" (
	"identifier" text NOT NULL,
	"token" text NOT NULL,
	"expires" timestamp with time zone NOT NULL,
	CONSTRAINT "verification_tokens_identifier_token_pk" PRIMARY KEY("identifier","token")
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" serial PRIMARY KEY NOT NULL,
	"to" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"html" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "districts" (
	"code" varchar(5) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"type" text NOT NULL,
	"state_code" varchar(2) NOT NULL,
	"seat" text,
	"population" integer NOT NULL,
	"municipality_count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipalities" (
	"ags" varchar(8) PRIMARY KEY NOT NULL,
	"ars" varchar(12) NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"type" text NOT NULL,
	"state_code" varchar(2) NOT NULL,
	"district_code" varchar(5) NOT NULL,
	"verband_name" text,
	"population" integer NOT NULL,
	"area_km2" real NOT NULL,
	"postal_code" varchar(5),
	"postal_code_unique" boolean NOT NULL,
	CONSTRAINT "municipalities_ars_unique" UNIQUE("ars")
);
--> statement-breakpoint
CREATE TABLE "states" (
	"code" varchar(2) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"seat" text,
	"population" integer NOT NULL,
	"area_km2" real NOT NULL,
	"municipality_count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lebenslagen" (
	"id" integer PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"themenfeld_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "leika_services" (
	"id" serial PRIMARY KEY NOT NULL,
	"leika_key" varchar(14),
	"name" text NOT NULL,
	"leika_type" text,
	"ozg_service_id" integer
);
--> statement-breakpoint
CREATE TABLE "ozg_services" (
	"id" integer PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"themenfeld_id" integer NOT NULL,
	"lebenslage_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "themenfelder" (
	"id" integer PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "themenfelder_name_unique" UNIQUE("name")
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_municipality_ags_municipalities_ags_fk" FOREIGN KEY ("municipality_ags") REFERENCES "public"."municipalities"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "districts" ADD CONSTRAINT "districts_state_code_states_code_fk" FOREIGN KEY ("state_code") REFERENCES "public"."states"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities" ADD CONSTRAINT "municipalities_state_code_states_code_fk" FOREIGN KEY ("state_code") REFERENCES "public"."states"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities" ADD CONSTRAINT "municipalities_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lebenslagen" ADD CONSTRAINT "lebenslagen_themenfeld_id_themenfelder_id_fk" FOREIGN KEY ("themenfeld_id") REFERENCES "public"."themenfelder"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leika_services" ADD CONSTRAINT "leika_services_ozg_service_id_ozg_services_id_fk" FOREIGN KEY ("ozg_service_id") REFERENCES "public"."ozg_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ozg_services" ADD CONSTRAINT "ozg_services_themenfeld_id_themenfelder_id_fk" FOREIGN KEY ("themenfeld_id") REFERENCES "public"."themenfelder"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ozg_services" ADD CONSTRAINT "ozg_services_lebenslage_id_lebenslagen_id_fk" FOREIGN KEY ("lebenslage_id") REFERENCES "public"."lebenslagen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "users_municipality_idx" ON "users" USING btree ("municipality_ags");--> statement-breakpoint
CREATE INDEX "mail_outbox_to_idx" ON "mail_outbox" USING btree ("to","created_at");--> statement-breakpoint
CREATE INDEX "districts_state_idx" ON "districts" USING btree ("state_code","short_name");--> statement-breakpoint
CREATE INDEX "municipalities_short_name_trgm_idx" ON "municipalities" USING gin ("short_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "municipalities_district_idx" ON "municipalities" USING btree ("district_code","population");--> statement-breakpoint
CREATE INDEX "municipalities_state_idx" ON "municipalities" USING btree ("state_code","population");--> statement-breakpoint
CREATE INDEX "municipalities_postal_code_idx" ON "municipalities" USING btree ("postal_code");--> statement-breakpoint
CREATE INDEX "municipalities_population_idx" ON "municipalities" USING btree ("population");--> statement-breakpoint
CREATE INDEX "lebenslagen_themenfeld_idx" ON "lebenslagen" USING btree ("themenfeld_id");--> statement-breakpoint
CREATE INDEX "leika_services_ozg_idx" ON "leika_services" USING btree ("ozg_service_id");--> statement-breakpoint
CREATE INDEX "leika_services_name_trgm_idx" ON "leika_services" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "ozg_services_themenfeld_idx" ON "ozg_services" USING btree ("themenfeld_id","name");--> statement-breakpoint
CREATE INDEX "ozg_services_name_trgm_idx" ON "ozg_services" USING gin ("name" gin_trgm_ops);