import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, xml } from '../../src/report/escape.js';

describe('escaping for CI formats', () => {
  it('escapes GitHub command data: % CR LF', () => {
    expect(escapeData('100% 完成\r\n::error::injected')).toBe('100%25 完成%0D%0A::error::injected');
  });

  it('escapes GitHub command properties: also : and ,', () => {
    expect(escapeProperty('a,b:c%\nd')).toBe('a%2Cb%3Ac%25%0Ad');
  });

  it('escapes XML text and drops characters XML 1.0 cannot hold', () => {
    expect(xml(`<a href="x">'&'</a>\u0000\u001b[31m\uffff 表`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;[31m 表');
  });
});
