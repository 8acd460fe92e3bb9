// The validated dataset, served by scripts/dataset/vite-plugin.ts. Types by `import()` query:
// a relative import inside an ambient module declaration would not resolve.
declare module 'virtual:sourcelight/people' {
  const people: readonly (import('./core/people').PersonAliases & {
    readonly lookFor: import('./core/first-look').LookFor;
  })[];
  export default people;
}

declare module 'virtual:sourcelight/look-for-everyone' {
  const lookFor: import('./core/first-look').LookFor;
  export default lookFor;
}

// Each person comes with their first look, made at build time for the people matcher.
declare module 'virtual:sourcelight/dataset' {
  const dataset: import('./core/analyzer-index').IndexedDataset & {
    readonly people: readonly (import('./core/dataset').Person & {
      readonly lookFor: import('./core/first-look').LookFor;
    })[];
  };
  export default dataset;
}

// PRIVACY.md and its translations as blocks, parsed at build time by scripts/build/privacy-page.ts.
declare module 'virtual:sourcelight/privacy' {
  /** By language: `en` (PRIVACY.md) and each translation in privacy/. */
  const blocks: Readonly<Record<string, readonly import('./privacy/document').Block[]>>;
  export default blocks;
}
