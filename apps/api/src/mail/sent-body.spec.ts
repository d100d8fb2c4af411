import { bodyAfterSending, LINK_REMOVED } from './sent-body';

describe('bodyAfterSending', () => {
  const link = 'https://bussanten.example.jp/invitations/Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5';

  it('replaces every copy of a secret link and leaves the rest of the body alone', () => {
    const body = `招待されました。\n${link}\n\nOpen the link above: ${link}`;
    expect(bodyAfterSending(body, [link])).toBe(`招待されました。\n${LINK_REMOVED}\n\nOpen the link above: ${LINK_REMOVED}`);
  });

  it('removes the longer of two links that start alike whole', () => {
    const body = `${link}\n${link}-again`;
    expect(bodyAfterSending(body, [link, `${link}-again`])).toBe(`${LINK_REMOVED}\n${LINK_REMOVED}`);
  });

  it.each([
    ['no secret links', null],
    ['an empty list', []],
    ['a link the body does not hold', ['https://elsewhere.example/invitations/x']],
    ['an empty link', ['']],
  ])('is null (nothing to change) for %s', (_, links) => {
    expect(bodyAfterSending('本文 / body', links)).toBeNull();
  });
});
