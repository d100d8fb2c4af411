import type { ApiErrorBody } from '@bussanten/contracts';
import { ApiError } from '../../api/client';
import { fairDocumentFileName, fairDocumentText, importRefusal, readFairDocument } from './fair-document-file';

const httpError = (status: number, body: ApiErrorBody) => new ApiError('http', status, body, body.message);

describe('fairDocumentFileName', () => {
  it('names the file as the API does', () => {
    expect(fairDocumentFileName('koryu-toshi-2023')).toBe('koryu-toshi-2023.bussanten.json');
  });
});

describe('readFairDocument', () => {
  const doc = { format: 'bussanten-fair', version: 1, exportedAt: '2026-11-25T09:00:00.000Z', fair: { slug: 'koryu-toshi-2023' } };

  it.each<[string, string, ReturnType<typeof readFairDocument>]>([
    ['an exported fair', fairDocumentText(doc), { ok: true, document: doc }],
    ['an exported fair saved with a BOM', `\uFEFF${JSON.stringify(doc)}`, { ok: true, document: doc }],
    ['a later version (the API says whether it reads it)', JSON.stringify({ ...doc, version: 2 }), { ok: true, document: { ...doc, version: 2 } }],
    ['text that is not JSON', 'ブース,自治体\nA1,宮古市', { ok: false, problem: 'notJson' }],
    ['a truncated file', fairDocumentText(doc).slice(0, 40), { ok: false, problem: 'notJson' }],
    ['JSON of something else', JSON.stringify({ booths: [] }), { ok: false, problem: 'notFairDocument' }],
    ['a JSON array', JSON.stringify([doc]), { ok: false, problem: 'notFairDocument' }],
    ['JSON null', 'null', { ok: false, problem: 'notFairDocument' }],
  ])('%s', (_what, text, expected) => {
    expect(readFairDocument(text)).toEqual(expected);
  });
});

describe('importRefusal', () => {
  it('names each municipality the registry lacks, with its prefecture, once', () => {
    const error = httpError(422, {
      code: 'UNKNOWN_REFERENCE',
      message: 'The registry lacks 架空町, 幻村',
      details: [
        { field: 'fair.applications.2.municipality', rule: 'unknownMunicipality', message: '…', meta: { prefectureCode: 1, name: '架空町' } },
        { field: 'fair.guests.0.ownerMunicipality', rule: 'unknownMunicipality', message: '…', meta: { prefectureCode: 47, name: '幻村' } },
        { field: 'fair.guests.1.ownerMunicipality', rule: 'unknownMunicipality', message: '…', meta: { prefectureCode: 47, name: '幻村' } },
        { field: 'fair.programme', rule: 'unknownProgramme', message: '…', meta: { name: '架空プロジェクト' } },
      ],
    });
    expect(importRefusal(error, 'ja')).toEqual({
      message: 'ファイルに、この環境の自治体台帳にない自治体があります。先に登録してください。',
      lines: ['北海道の架空町が自治体台帳にありません。', '沖縄県の幻村が自治体台帳にありません。', '事業「架空プロジェクト」が登録されていません。'],
    });
    expect(importRefusal(error, 'en').lines[0]).toBe('架空町 (Hokkaido) is not in the municipality registry.');
  });

  it('suggests another address when the slug is taken', () => {
    const error = httpError(409, {
      code: 'DUPLICATE_SLUG',
      message: 'The address /f/koryu-toshi-2023 is taken',
      details: [{ field: 'slug', rule: 'unique', message: 'slug koryu-toshi-2023 is taken' }],
    });
    expect(importRefusal(error, 'ja')).toEqual({
      message: 'このアドレスはほかの物産展で使われています。',
      lines: ['公開アドレス欄に別のアドレスを入力して、もう一度読み込んでください。'],
    });
  });

  it('keeps the API’s sentence, which names the part of the file, for an inconsistency', () => {
    const error = httpError(422, {
      code: 'INCONSISTENT_DOCUMENT',
      message: 'The document contradicts itself',
      details: [
        {
          field: 'fair.applications.0.assignments.0.booth',
          rule: 'unknownBooth',
          message: 'fair.applications.0.assignments.0.booth Z9 is not a booth of the document',
        },
      ],
    });
    expect(importRefusal(error, 'en')).toEqual({
      message: 'The file contradicts itself.',
      lines: ['fair.applications.0.assignments.0.booth Z9 is not a booth of the document'],
    });
  });

  it('says an unsupported version in one sentence', () => {
    const error = httpError(422, { code: 'UNSUPPORTED_DOCUMENT', message: 'This install reads bussanten-fair version 1', details: [] });
    expect(importRefusal(error, 'ja')).toEqual({ message: 'このファイルの形式または版には対応していません。', lines: [] });
  });
});
