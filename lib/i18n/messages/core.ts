// Strings of the extension shell: names, tabs, site access, common actions.
export default {
  en: {
    'app.name': 'Remit Ranger',
    'app.tagline': 'Claim follow-up helper: codes, denials, notes and appeals. Nothing leaves this device.',
  },
  fr: {
    'app.name': 'Remit Ranger',
    'app.tagline': 'Assistant de suivi des réclamations : codes, refus, notes et appels. Rien ne quitte cet appareil.',
  },
};
