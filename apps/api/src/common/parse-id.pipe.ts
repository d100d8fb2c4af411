import { Injectable, type PipeTransform } from '@nestjs/common';
import type { ErrorCode } from '@bussanten/contracts';
import { DomainError } from './domain-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that is not even a UUID names nothing: answer 404 with the context's code, never a SQL error. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, string> {
  constructor(private readonly notFound: ErrorCode) {}

  transform(value: string): string {
    if (!UUID.test(value)) throw new DomainError(this.notFound, `No record with id ${value.slice(0, 64)}`);
    return value.toLowerCase();
  }
}
