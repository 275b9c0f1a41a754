// The package ships no types; stem.ts checks the shape of what it exports at run time.
declare module 'snowball-stemmers' {
  const factory: unknown;
  export default factory;
}
