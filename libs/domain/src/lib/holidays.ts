import holidayJp from '@holiday-jp/holiday_jp';

export interface JapaneseHoliday {
  name: string;
  nameEn: string;
}

/**
 * The Japanese national holiday on a date ('YYYY-MM-DD'), or null. The calendar comes from the
 * maintained @holiday-jp package (substitute holidays included), not from a list of our own.
 */
export function japaneseHoliday(date: string): JapaneseHoliday | null {
  const found = (holidayJp.holidays as Record<string, { name: string; name_en: string } | undefined>)[date];
  return found ? { name: found.name, nameEn: found.name_en } : null;
}
