import { defineCatalog } from '../../i18n/localize.js';

/** The words of `<speaker-avatar>`: how a job title and an organization are joined beside the name. */
export const speakerAvatarMessages = defineCatalog('speaker-avatar', { jobAtOrganization: '{jobTitle}, {organization}' });
