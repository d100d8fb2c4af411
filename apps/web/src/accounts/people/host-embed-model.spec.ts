import { embedSnippet, onRows, toHostEmbedOrigins, validateHostEmbed } from './host-embed-model';

describe('the host embed origins form model', () => {
  it.each([
    ['no rows', [], [], []],
    ['blank rows are no site', ['', '  '], [], []],
    ['sent trimmed, without the blank rows', [' https://a.example.jp ', '', 'http://localhost:8080'], ['https://a.example.jp', 'http://localhost:8080'], []],
    [
      'each problem on the row it came from, past blank rows',
      ['', 'http://a.example.jp', '', 'https://b.example.jp/path'],
      ['http://a.example.jp', 'https://b.example.jp/path'],
      [
        ['origins.1', 'embedOriginHttps'],
        ['origins.3', 'embedOrigin'],
      ],
    ],
  ])('%s', (_name, origins, sent, problems) => {
    const values = { origins: [...origins] };
    expect(toHostEmbedOrigins(values)).toEqual({ origins: sent });
    expect(validateHostEmbed(values).map((d) => [d.field, d.rule])).toEqual(problems);
  });

  it("puts the API's details back on their rows, and leaves a detail about the whole list as it is", () => {
    const values = { origins: ['', 'https://a.example.jp', '', 'https://b.example.jp'] };
    expect(
      onRows(values, [
        { field: 'origins.1', rule: 'embedOrigin', message: 'origins.1 must be an origin' },
        { field: 'origins', rule: 'arrayMaxSize', message: 'origins must contain no more than 20 elements' },
      ]),
    ).toEqual([
      { field: 'origins.3', rule: 'embedOrigin', message: 'origins.3 must be an origin' },
      { field: 'origins', rule: 'arrayMaxSize', message: 'origins must contain no more than 20 elements' },
    ]);
  });

  it.each([
    [
      'Japanese',
      'https://bussan.example',
      'koryu-toshi-2023',
      'ja',
      '交流都市地方物産展',
      'https://bussan.example/embed/f/koryu-toshi-2023',
      '交流都市地方物産展',
    ],
    ['English', 'https://bussan.example', 'koryu-toshi-2023', 'en', 'Fair', 'https://bussan.example/en/embed/f/koryu-toshi-2023', 'Fair'],
    ['a title that is not markup', 'http://localhost:3000', 'x', 'ja', '"A" & <B>', 'http://localhost:3000/embed/f/x', '&quot;A&quot; &amp; &lt;B&gt;'],
  ] as const)('makes the snippet: %s', (_name, origin, slug, lang, title, src, escapedTitle) => {
    expect(embedSnippet(origin, slug, lang, title)).toBe(
      `<iframe src="${src}" title="${escapedTitle}" width="100%" height="480" style="border:0" loading="lazy"></iframe>`,
    );
  });
});
