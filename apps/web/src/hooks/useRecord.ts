import { isNotFound } from '../api/error-messages';
import { useResource } from './useResource';

export interface LoadedRecord<T> {
  /** The record with this id; null while it loads, even when an earlier id's record is at hand. */
  record: T | null;
  error: unknown;
  /** Undefined when the record does not exist: trying again cannot help. */
  retry: (() => void) | undefined;
}

/** Loads the one record a page is about (a municipality, an agreement) by its id. */
export function useRecord<T extends { id: string }>(id: string, load: (id: string, signal: AbortSignal) => Promise<T>): LoadedRecord<T> {
  const resource = useResource(id, (signal) => load(id, signal));
  // useResource keeps the previous data while a new key loads; a page must never show (or edit) that.
  const record = resource.data && resource.data.id === id ? resource.data : null;
  return { record, error: resource.error, retry: isNotFound(resource.error) ? undefined : resource.reload };
}
