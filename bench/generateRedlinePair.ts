// The ~16 KB and ~1 MB notice pairs for the redline rows: about 1% of words changed, two sections
// moved, generated deterministically so every run measures the same pair.

const SECTION_SET = [
  (n: number) => `## ${n}. Who we are\n\nXstek Limited is a company registered in England and Wales (07112697). We are the controller of\nyour personal data and are responsible for it. Our registered office is Falcon House, 257\nBurlington Road, New Malden, Surrey, KT3 4NE.\n`,
  (n: number) => `## ${n}. What we collect\n\n- Information you give us by filling in forms on our website or social media pages.\n- Records of correspondence if you contact us by phone, email or otherwise.\n- Details of your visits to our website, including traffic data, location data and weblogs.\n- Information about your device, including your IP address, operating system and browser type.\n`,
  (n: number) => `## ${n}. How we use your data\n\nWe use the information held about you to administer our site, to provide the services you ask\nfor, to carry out our obligations arising from contracts between you and us, and to notify you\nabout changes to our service. Where we rely on legitimate interests, we have balanced them against\nyour rights, and you may object at any time.\n`,
  (n: number) => `## ${n}. Who we share it with\n\n| Recipient | Purpose | Location | Safeguard |\n|---|---|---|---|\n| Group companies | Service delivery | United Kingdom | Intra-group agreement |\n| Hosting provider | Web hosting | United Kingdom | Processor contract |\n| Analytics provider | Web analytics | United States | Standard contractual clauses |\n`,
  (n: number) => `## ${n}. International transfers\n\nWe store your personal data in the United Kingdom. Where we transfer it outside the European\nEconomic Area we rely on standard contractual clauses approved by the European Commission. You can\nask us for a copy of those clauses by writing to the address below.\n`,
  (n: number) => `## ${n}. How long we keep it\n\nWe keep account data for six years after your account closes, to meet our tax and accounting\nobligations. Marketing preferences are kept until you withdraw your consent. Web logs are deleted\nafter ninety days unless we need them to investigate a security incident.\n`,
  (n: number) => `## ${n}. Your rights\n\n- The right to be informed about how we use your personal data.\n- The right of access to the personal data we hold about you.\n- The right to have inaccurate data rectified and incomplete data completed.\n- The right to erasure, to restrict processing, and to data portability.\n- The right to object to processing based on legitimate interests.\n`,
  (n: number) => `## ${n}. Contact and complaints\n\nWrite to our Data Protection Officer at the address above or email dpo@xstek.co.uk. You also have\nthe right to complain to the Information Commissioner's Office at [ico.org.uk](https://ico.org.uk).\n`,
];

/** Deterministic pseudo-random numbers, so every run measures the same pair. */
function random(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** A generated notice of about `targetBytes` and an edited version: ~1% of words changed, two sections moved. */
export function generateRedlinePair(targetBytes: number): { before: string; after: string; sections: number } {
  const sections: string[] = [];
  let size = 0;
  for (let n = 1; size < targetBytes; n++) {
    const section = SECTION_SET[(n - 1) % SECTION_SET.length]!(n);
    sections.push(section);
    size += section.length + 1;
  }
  const next = random(7);
  // About 1% of words replaced; headings and table pipes left alone so structure stays intact.
  const edited = sections.map((section) => {
    const [heading, ...body] = section.split('\n');
    return [heading, ...body.map((line) => line.replace(/[A-Za-z]{3,}/g, (word) => (next() < 0.01 ? `${word}ish` : word)))].join('\n');
  });
  // Move a couple of sections: one from the front to the middle, one from the middle to the end.
  const [early] = edited.splice(2, 1);
  edited.splice(Math.floor(edited.length / 2), 0, early!);
  const [middle] = edited.splice(Math.floor(edited.length / 3), 1);
  edited.push(middle!);
  return { before: `# Privacy notice\n\n${sections.join('\n')}`, after: `# Privacy notice\n\n${edited.join('\n')}`, sections: sections.length };
}
