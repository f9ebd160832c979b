CREATE TYPE "public"."solution_reuse_status" AS ENUM('considering', 'in_progress', 'live');--> statement-breakpoint
CREATE TYPE "public"."solution_link_kind" AS ENUM('efa_marketplace', 'opencode', 'documentation', 'website');--> statement-breakpoint
CREATE TYPE "public"."solution_state" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TYPE "public"."solution_status" AS ENUM('planned', 'in_progress', 'live');--> statement-breakpoint
CREATE TABLE "solution_coauthors" (
	"solution_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "solution_coauthors_solution_id_user_id_pk" PRIMARY KEY("solution_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "solution_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"solution_id" uuid NOT NULL,
	"kind" "solution_link_kind" NOT NULL,
	"url" text NOT NULL,
	"label" text,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "solution_reuses" (
	"solution_id" uuid NOT NULL,
	"municipality_ags" varchar(8) NOT NULL,
	"member_id" text NOT NULL,
	"status" "solution_reuse_status" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "solution_reuses_solution_id_municipality_ags_pk" PRIMARY KEY("solution_id","municipality_ags")
);
--> statement-breakpoint
CREATE TABLE "solution_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"solution_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"editor_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"snapshot" jsonb NOT NULL,
	CONSTRAINT "solution_revisions_solution_version_unique" UNIQUE("solution_id","version")
);
--> statement-breakpoint
CREATE TABLE "solution_services" (
	"solution_id" uuid NOT NULL,
	"ozg_service_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "solution_services_solution_id_ozg_service_id_pk" PRIMARY KEY("solution_id","ozg_service_id")
);
--> statement-breakpoint
CREATE TABLE "solution_tags" (
	"solution_id" uuid NOT NULL,
	"tag" text NOT NULL,
	CONSTRAINT "solution_tags_solution_id_tag_pk" PRIMARY KEY("solution_id","tag")
);
--> statement-breakpoint
CREATE TABLE "solutions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"municipality_ags" varchar(8) NOT NULL,
	"author_id" text NOT NULL,
	"status" "solution_status" NOT NULL,
	"go_live_date" date,
	"maturity" integer DEFAULT 0 NOT NULL,
	"software" text,
	"vendor" text,
	"is_open_source" boolean DEFAULT false NOT NULL,
	"repository_url" text,
	"cost_one_off_min" integer,
	"cost_one_off_max" integer,
	"cost_yearly_min" integer,
	"cost_yearly_max" integer,
	"effort_person_days" integer,
	"lessons_learned" text,
	"contact_name" text,
	"contact_email" text,
	"contact_phone" text,
	"based_on_id" uuid,
	"state" "solution_state" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by_id" text,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(summary, '')), 'B') || setweight(to_tsvector('german', coalesce(body, '') || ' ' || coalesce(lessons_learned, '') || ' ' || coalesce(software, '') || ' ' || coalesce(vendor, '')), 'C')) STORED NOT NULL,
	CONSTRAINT "solutions_slug_unique" UNIQUE("slug"),
	CONSTRAINT "solutions_maturity_range" CHECK ("solutions"."maturity" between 0 and 4)
);
--> statement-breakpoint
ALTER TABLE "solution_coauthors" ADD CONSTRAINT "solution_coauthors_solution_id_solutions_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."solutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_coauthors" ADD CONSTRAINT "solution_coauthors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_links" ADD CONSTRAINT "solution_links_solution_id_solutions_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."solutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_reuses" ADD CONSTRAINT "solution_reuses_solution_id_solutions_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."solutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_reuses" ADD CONSTRAINT "solution_reuses_municipality_ags_municipalities_ags_fk" FOREIGN KEY ("municipality_ags") REFERENCES "public"."municipalities"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_reuses" ADD CONSTRAINT "solution_reuses_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_revisions" ADD CONSTRAINT "solution_revisions_solution_id_solutions_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."solutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_revisions" ADD CONSTRAINT "solution_revisions_editor_id_users_id_fk" FOREIGN KEY ("editor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_services" ADD CONSTRAINT "solution_services_solution_id_solutions_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."solutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_services" ADD CONSTRAINT "solution_services_ozg_service_id_ozg_services_id_fk" FOREIGN KEY ("ozg_service_id") REFERENCES "public"."ozg_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_tags" ADD CONSTRAINT "solution_tags_solution_id_solutions_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."solutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solutions" ADD CONSTRAINT "solutions_municipality_ags_municipalities_ags_fk" FOREIGN KEY ("municipality_ags") REFERENCES "public"."municipalities"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solutions" ADD CONSTRAINT "solutions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solutions" ADD CONSTRAINT "solutions_based_on_id_solutions_id_fk" FOREIGN KEY ("based_on_id") REFERENCES "public"."solutions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solutions" ADD CONSTRAINT "solutions_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "solution_coauthors_user_idx" ON "solution_coauthors" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "solution_links_solution_idx" ON "solution_links" USING btree ("solution_id","position");--> statement-breakpoint
CREATE INDEX "solution_reuses_municipality_idx" ON "solution_reuses" USING btree ("municipality_ags");--> statement-breakpoint
CREATE INDEX "solution_services_service_idx" ON "solution_services" USING btree ("ozg_service_id");--> statement-breakpoint
CREATE INDEX "solution_tags_tag_idx" ON "solution_tags" USING btree ("tag");--> statement-breakpoint
CREATE INDEX "solutions_search_vector_idx" ON "solutions" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "solutions_title_trgm_idx" ON "solutions" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "solutions_municipality_idx" ON "solutions" USING btree ("municipality_ags");--> statement-breakpoint
CREATE INDEX "solutions_status_idx" ON "solutions" USING btree ("status");--> statement-breakpoint
CREATE INDEX "solutions_maturity_idx" ON "solutions" USING btree ("maturity");--> statement-breakpoint
CREATE INDEX "solutions_state_published_idx" ON "solutions" USING btree ("state","published_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "solutions_author_idx" ON "solutions" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "solutions_based_on_idx" ON "solutions" USING btree ("based_on_id");