export * from "./auth";
export * from "./mail";
export * from "./municipalities";
export * from "./services";
export * from "./solutions";
export * from "./meetups";
export * from "./jobs";
export * from "./rate-limits";
