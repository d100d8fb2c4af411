import { toBuffer, toString } from 'qrcode';

/** Error correction M: readable from a slightly crumpled handout, still a small symbol for a short URL. */
const OPTIONS = { errorCorrectionLevel: 'M', margin: 2 } as const;

export function qrSvg(url: string): Promise<string> {
  return toString(url, { ...OPTIONS, type: 'svg' });
}

/** 600 px: sharp enough to print at about 5 cm on a poster. */
export function qrPng(url: string): Promise<Buffer> {
  return toBuffer(url, { ...OPTIONS, type: 'png', width: 600 });
}
