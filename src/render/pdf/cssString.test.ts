import { describe, expect, it } from 'vitest';
import { cssString } from './cssString.ts';

describe('cssString', () => {
  it('keeps plain text readable', () => {
    expect(cssString('Xstek privacy notice - 2024-06-18')).toBe('"Xstek privacy notice - 2024-06-18"');
  });

  it('escapes everything that could end the string or the stylesheet', () => {
    const quoted = cssString('a"b\\c\n</style>\u00e9');
    expect(quoted).toBe('"a\\22 b\\5c c\\a \\3c \\2f style\\3e \\e9 "');
    expect(quoted.slice(1, -1)).not.toMatch(/["\n<>]/);
  });
});
