import type { FairDay } from './fair-calendar';

/** For tests: the 2023 交流都市地方物産展, 2/17–2/21, 10:00–20:00, the 21st until 18:00 (from the seeds). */
export const FAIR_2023: FairDay[] = [
  { date: '2023-02-17', opens: '10:00', closes: '20:00' },
  { date: '2023-02-18', opens: '10:00', closes: '20:00' },
  { date: '2023-02-19', opens: '10:00', closes: '20:00' },
  { date: '2023-02-20', opens: '10:00', closes: '20:00' },
  { date: '2023-02-21', opens: '10:00', closes: '18:00' },
];
