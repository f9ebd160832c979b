// Plain value lists, free of Drizzle imports, so client components can use them too.
export const meetupFormats = ["in_person", "online", "hybrid"] as const;
export const meetupStates = ["draft", "published", "cancelled"] as const;
export const agendaItemTypes = ["keynote", "talk", "workshop", "break", "discussion"] as const;
export const registrationStatuses = ["registered", "waitlisted", "cancelled"] as const;
export const meetupMaterialKinds = ["slides", "minutes", "link"] as const;
/** The list's two halves: meetings still to come and those that took place. */
export const meetupWhens = ["upcoming", "past"] as const;

export type MeetupFormat = (typeof meetupFormats)[number];
export type MeetupState = (typeof meetupStates)[number];
export type AgendaItemType = (typeof agendaItemTypes)[number];
export type RegistrationStatus = (typeof registrationStatuses)[number];
export type MeetupMaterialKind = (typeof meetupMaterialKinds)[number];
