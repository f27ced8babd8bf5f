import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders Markdown', () => {
    expect(renderMarkdown('# Title\n\nSome **bold** and a [link](https://example.org).')).toBe(
      '<h1>Title</h1>\n<p>Some <strong>bold</strong> and a <a href="https://example.org" rel="nofollow noopener noreferrer">link</a>.</p>\n',
    );
  });

  it('drops scripts, event handlers and javascript: links', () => {
    const html = renderMarkdown(
      [
        '<script>alert(1)</script>',
        '<img src="x" onerror="alert(2)">',
        '<a href="javascript:alert(3)">a</a>',
        '[b](javascript:alert(4))',
        '[c](JaVaScRiPt:alert(5))',
        '<div onclick="alert(6)">d</div>',
        '<iframe src="https://evil.example"></iframe>',
        '<svg><script>alert(7)</script></svg>',
        '![e](data:text/html;base64,PHNjcmlwdD4=)',
        '<a href="&#106;avascript:alert(8)">f</a>',
      ].join('\n\n'),
    );
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<iframe|<svg|data:/i);
    expect(html).not.toMatch(/alert\([1267]\)/);
  });

  it('keeps safe markup', () => {
    expect(renderMarkdown('- one\n- two')).toBe('<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n');
    expect(renderMarkdown('`code`')).toContain('<code>code</code>');
  });
});
