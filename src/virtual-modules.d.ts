declare module 'virtual:sourcelight/people' {
  import type { PersonAliases } from './core/people';
  const people: readonly PersonAliases[];
  export default people;
}

declare module 'virtual:sourcelight/dataset' {
  import type { Dataset } from './core/dataset';
  const dataset: Dataset;
  export default dataset;
}
