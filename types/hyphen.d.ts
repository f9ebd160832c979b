// The hyphen package ships no types; this is the part we use.
declare module "hyphen/de" {
  const hyphenator: { hyphenateSync(text: string, options?: { minWordLength?: number }): string };
  export default hyphenator;
}
declare module "hyphen/en" {
  const hyphenator: { hyphenateSync(text: string, options?: { minWordLength?: number }): string };
  export default hyphenator;
}
