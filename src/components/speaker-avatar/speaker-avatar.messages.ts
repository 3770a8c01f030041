import { defineCatalog } from '../../i18n/localize.js';

/** The words of `<speaker-avatar>`: how a job title and an organization are joined beside the name. */
export const speakerAvatarMessages = defineCatalog({
  en: { jobAtOrganization: (jobTitle: string, organization: string) => `${jobTitle}, ${organization}` },
  ar: { jobAtOrganization: (jobTitle: string, organization: string) => `${jobTitle}، ${organization}` },
  zh: { jobAtOrganization: (jobTitle: string, organization: string) => `${organization} ${jobTitle}` },
  fr: { jobAtOrganization: (jobTitle: string, organization: string) => `${jobTitle}, ${organization}` },
  ru: { jobAtOrganization: (jobTitle: string, organization: string) => `${jobTitle}, ${organization}` },
  es: { jobAtOrganization: (jobTitle: string, organization: string) => `${jobTitle}, ${organization}` },
});
