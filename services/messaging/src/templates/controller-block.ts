import { logoDataUrl, type Controller } from '@lethe/platform/controller';
import { brandColourOf, escapeHtml } from '@lethe/platform/http';
import type { Channel, Language } from './catalogue';
import type { Rendered } from './engine';

const WORDS = {
  de: { controller: 'Verantwortlich für Ihre Daten', privacyPolicy: 'Datenschutzhinweise', contact: 'Datenschutzkontakt', short: 'Datenschutz' },
  en: { controller: 'Responsible for your data', privacyPolicy: 'Privacy policy', contact: 'Data-protection contact', short: 'Privacy' },
} as const;

const joined = (parts: readonly string[]) => parts.filter((part) => part !== '').join(', ');

/**
 * A message to a candidate with who is asking: the controller's company and address, its privacy
 * policy in the message's language and its data-protection contact at the foot of an email (text
 * and HTML part, the HTML in the tenant's colour under its logo); one short line with the company
 * and the privacy policy in an SMS or WhatsApp message. A tenant that published no controller
 * sends the message as written.
 */
export function withControllerBlock(rendered: Rendered, channel: Channel, language: Language, controller: Controller | undefined): Rendered {
  if (!controller) return rendered;
  const words = WORDS[language];
  const policy = controller.privacyPolicyUrls[language];
  if (channel !== 'email') return { ...rendered, text: `${rendered.text}\n\n${controller.companyName} · ${words.short}: ${policy}` };

  const contact = controller.dataProtectionContact;
  const contactLine = joined([contact.name, contact.email, contact.phone, ...contact.address]);
  const text = `${rendered.text}\n\n-- \n${words.controller}: ${joined([controller.companyName, ...controller.address])}\n${words.privacyPolicy}: ${policy}\n${words.contact}: ${contactLine}`;

  const colour = brandColourOf(controller);
  const logo = logoDataUrl(controller.logo);
  const escapedLines = (lines: readonly string[]) => lines.map(escapeHtml).join('<br>');
  const header = `<div style="border-bottom:4px solid ${colour};padding-bottom:8px;margin-bottom:16px">${
    logo ? `<img src="${logo}" alt="${escapeHtml(controller.companyName)}" style="max-height:48px;max-width:200px">` : `<strong>${escapeHtml(controller.companyName)}</strong>`
  }</div>`;
  const footer = `<div style="border-top:1px solid #ccc;margin-top:24px;padding-top:8px;font-size:13px;color:#444" id="controller">
<p><strong>${escapeHtml(words.controller)}</strong><br>${escapedLines([controller.companyName, ...controller.address])}</p>
<p><a href="${escapeHtml(policy)}" style="color:${colour}">${escapeHtml(words.privacyPolicy)}</a></p>
<p><strong>${escapeHtml(words.contact)}</strong><br>${escapedLines([contact.name, ...(contact.phone ? [contact.phone] : []), ...contact.address])}<br><a href="${escapeHtml(`mailto:${contact.email}`)}" style="color:${colour}">${escapeHtml(contact.email)}</a></p>
</div>`;
  return { ...rendered, text, html: `${header}${rendered.html}\n${footer}` };
}
