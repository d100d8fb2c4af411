import { Injectable } from '@nestjs/common';

/** The time daily sales go by (whether a day has begun or closed); tests set `now` to stand on a fair day. */
@Injectable()
export class SalesClock {
  now(): Date {
    return new Date();
  }
}
