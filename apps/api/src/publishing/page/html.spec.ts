import { escapeHtml, html, safeUrl } from './html';

describe('html template', () => {
  it('escapes interpolated text, including quotes for attributes', () => {
    const name = `<script>alert("x")</script>&'`;
    expect(html`<p title="${name}">${name}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;</p>',
    );
  });

  it('keeps nested templates, joins lists and drops null, undefined and false', () => {
    const items = ['a<b', 'c'].map((t) => html`<li>${t}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${0}`.value).toBe('<ul><li>a&lt;b</li><li>c</li></ul>0');
  });

  it('escapes the five special characters and nothing else', () => {
    expect(escapeHtml('令和5年 & <>"\'')).toBe('令和5年 &amp; &lt;&gt;&quot;&#39;');
  });

  it('lets only http(s) and same-site paths through as links', () => {
    expect(safeUrl('https://maps.example/?q=品川')).toBe('https://maps.example/?q=品川');
    expect(safeUrl('/f/x')).toBe('/f/x');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('//evil.example')).toBeNull();
    expect(safeUrl(null)).toBeNull();
  });
});
