export * from './formats';
export * from './translator';
export { ja } from './catalogs/ja';
export { en } from './catalogs/en';
