import type { Finding, Rule } from '../rule.ts';

/** Art. 13(1)(a): the identity and contact details of the controller. */
export const controllerIdentity: Rule = {
  id: 'controller-identity',
  defaultSeverity: 'warn',
  description: 'Each controller gives its company registration and at least one contact channel of its own (Art. 13(1)(a)).',
  example: '`controllers: [{ id: acme, legalName: "Acme Ltd", address: {…} }]` with no `registration` or `contact`',
  check({ policy, at }) {
    const findings: Finding[] = [];
    policy.controllers.forEach((controller, index) => {
      if (controller.registration === undefined) {
        findings.push({
          position: at(['controllers', index]),
          message: `Controller "${controller.legalName}" gives no registration number or jurisdiction, so the reader cannot identify the legal entity for certain.`,
          hint: 'Add `registration: { number: "…", jurisdiction: "England and Wales" }`.',
        });
      }
      if (controller.contact.length === 0) {
        findings.push({
          position: at(['controllers', index]),
          message: `Controller "${controller.legalName}" has no contact channel of its own; Art. 13(1)(a) expects the controller's contact details.`,
          hint: 'Add `contact:` with at least an email address or phone number.',
        });
      }
    });
    return findings;
  },
};
