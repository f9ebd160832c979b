// hoodiecrow-imap (a scriptable IMAP server for tests) ships no types; this is the part the tests use.
declare module "hoodiecrow-imap" {
  import type { Server } from "node:net";
  type Message = { raw: string; flags?: string[]; internaldate?: string; uid?: number };
  type Folder = { messages?: Message[]; folders?: Record<string, Folder>; "special-use"?: string };
  type Options = { plugins?: string[]; users?: Record<string, { password: string }>; storage?: Record<string, Folder> };
  type Hoodiecrow = {
    server: Server;
    listen(port: number, host: string, callback: () => void): void;
    close(callback: () => void): void;
    storage: Record<string, Folder>;
  };
  export default function hoodiecrow(options: Options): Hoodiecrow;
}
