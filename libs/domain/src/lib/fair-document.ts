import type { ApiErrorDetail, FairDocumentFair } from '@bussanten/contracts';
import { applicationWindowProblems, fairDayProblems } from './fair-calendar';
import { boothPlacementProblems } from './floor-plan';

const under = (prefix: string, problems: ApiErrorDetail[]): ApiErrorDetail[] =>
  problems.map((p) => ({ ...p, field: `${prefix}.${p.field}`, message: p.message.startsWith(p.field) ? `${prefix}.${p.message}` : p.message }));

/**
 * What a fair document says of itself that cannot be: the calendar rules of a fair, booths outside
 * the room or on top of each other, and references inside the document to what it does not
 * contain — an application attending or an assignment spanning a day that is not a fair day, an
 * assignment or appearance naming a booth code or stage that is not in it, an appearance ending
 * before it starts. `room` is the room the fair will use, when it is another size than the
 * document's. Duplicates (two booths A1, two applications of one municipality) and double bookings
 * are left to the database's constraints, which hold them under concurrency anyway.
 */
export function fairDocumentProblems(fair: FairDocumentFair, room: { widthM: number; depthM: number } = fair.room): ApiErrorDetail[] {
  const problems: ApiErrorDetail[] = [
    ...under('fair', fairDayProblems(fair.days)),
    ...under('fair', applicationWindowProblems(fair.applicationsOpenAt, fair.applicationsCloseAt)),
  ];
  fair.booths.forEach((b, i) => {
    const others = fair.booths.filter((_o, j) => j < i);
    problems.push(
      ...boothPlacementProblems(b, room, others).map((p) => ({ ...p, field: `fair.booths.${i}.${p.field}`, message: `booth ${b.code}: ${p.message}` })),
    );
  });
  const days = new Set(fair.days.map((d) => d.date));
  const booths = new Set(fair.booths.map((b) => b.code));
  const stages = new Set(fair.stages.map((s) => s.name));
  fair.applications.forEach((a, i) => {
    const at = `fair.applications.${i}`;
    a.days.forEach((d, j) => {
      if (!days.has(d))
        problems.push({ field: `${at}.days.${j}`, rule: 'unknownDay', message: `${at}.days.${j} ${d} is not a day of the fair`, meta: { date: d } });
    });
    a.assignments.forEach((s, j) => {
      const here = `${at}.assignments.${j}`;
      if (!booths.has(s.booth))
        problems.push({
          field: `${here}.booth`,
          rule: 'unknownBooth',
          message: `${here}.booth ${s.booth} is not a booth of the document`,
          meta: { code: s.booth },
        });
      for (const end of ['from', 'to'] as const) {
        if (!days.has(s[end]))
          problems.push({ field: `${here}.${end}`, rule: 'unknownDay', message: `${here}.${end} ${s[end]} is not a day of the fair`, meta: { date: s[end] } });
      }
      if (s.from > s.to) problems.push({ field: `${here}.to`, rule: 'range', message: `${here}.to ${s.to} is before ${s.from}` });
    });
  });
  fair.guests.forEach((g, i) => {
    g.appearances.forEach((a, j) => {
      const here = `fair.guests.${i}.appearances.${j}`;
      const loc = a.location;
      if (loc.kind === 'booth' && !booths.has(loc.booth))
        problems.push({
          field: `${here}.location.booth`,
          rule: 'unknownBooth',
          message: `${here}.location.booth ${loc.booth} is not a booth of the document`,
          meta: { code: loc.booth },
        });
      if (loc.kind === 'stage' && !stages.has(loc.stage))
        problems.push({
          field: `${here}.location.stage`,
          rule: 'unknownStage',
          message: `${here}.location.stage ${loc.stage} is not a stage of the document`,
          meta: { name: loc.stage },
        });
      if (!(Date.parse(a.endsAt) > Date.parse(a.startsAt)))
        problems.push({ field: `${here}.endsAt`, rule: 'afterStart', message: `${here}.endsAt is not after startsAt` });
    });
  });
  return problems;
}
