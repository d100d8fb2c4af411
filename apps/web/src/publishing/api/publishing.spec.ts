import { publicLinks } from './publishing';

describe('publicLinks', () => {
  it('gives the public pages, feeds and QR codes of a slug', () => {
    expect(publicLinks('seaside-2023')).toEqual({
      pageJa: '/f/seaside-2023',
      pageEn: '/en/f/seaside-2023',
      ical: '/api/public/fairs/seaside-2023/calendar.ics',
      json: '/api/public/fairs/seaside-2023',
      csv: '/api/public/fairs/seaside-2023/exhibitors.csv',
      qrSvg: '/f/seaside-2023/qr.svg',
      qrPng: '/f/seaside-2023/qr.png',
    });
  });

  it('escapes what a slug should never hold', () => {
    expect(publicLinks('a/b?c').pageJa).toBe('/f/a%2Fb%3Fc');
  });
});
