import { describe, expect, it } from 'vitest';
import { splitSections } from './splitSections.ts';

describe('splitSections', () => {
  it('keeps a preamble and slugs headings like GitHub, deduplicating repeats', () => {
    const sections = splitSections('Intro\n# Privacy Notice\n\nText\n## Your rights ##\n## Your rights\n### [Contact](https://x.example) *us*\nBody\n');
    expect(sections).toEqual([
      { id: '', heading: '', level: 0, body: 'Intro' },
      { id: 'privacy-notice', heading: 'Privacy Notice', level: 1, body: '\nText' },
      { id: 'your-rights', heading: 'Your rights', level: 2, body: '' },
      { id: 'your-rights-1', heading: 'Your rights', level: 2, body: '' },
      { id: 'contact-us', heading: '[Contact](https://x.example) *us*', level: 3, body: 'Body\n' },
    ]);
  });

  it('does not split on # lines inside fenced code or on #hashtags', () => {
    const sections = splitSections('# Title\n\n```\n# not a heading\n```\n#hashtag\n');
    expect(sections.map((section) => section.heading)).toEqual(['', 'Title']);
  });
});
