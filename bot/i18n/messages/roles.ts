/** Giving and taking the manager and quality-officer roles. */
import type { MessageDefinitions } from "../message-definition";

export const rolesMessages = {
  "roles.title": { de: "Rollen", en: "Roles" },
  "roles.intro": {
    de: "Suchen Sie Mitglieder, die lqw-reflect installiert haben, und vergeben oder entziehen Sie die Rollen Führungskraft und Qualitätsbeauftragte.",
    en: "Search members who installed lqw-reflect, and assign or remove the manager and quality officer roles.",
  },
  "roles.searchLabel": { de: "Name oder Teil des Namens", en: "Name or part of it" },
  "roles.searchPlaceholder": { de: "z. B. Weber", en: "e.g. Weber" },
  "roles.search": { de: "Suchen", en: "Search" },
  "roles.currentHolders": { de: "Wer hat eine Rolle?", en: "Who has a role?" },
  "roles.results": { de: "Treffer für „{query}“", en: "Matches for “{query}”" },
  "roles.noResults": {
    de: "Niemand gefunden. Mitglieder erscheinen hier, sobald sie lqw-reflect geöffnet haben.",
    en: "Nobody found. Members appear here once they have opened lqw-reflect.",
  },
  "roles.noHolders": { de: "Noch niemand hat eine gespeicherte Rolle.", en: "Nobody has a stored role yet." },
  "roles.more": {
    de: {
      one: "{count} weiterer Treffer – bitte suchen Sie genauer.",
      other: "{count} weitere Treffer – bitte suchen Sie genauer.",
    },
    en: {
      one: "{count} more match – please narrow your search.",
      other: "{count} more matches – please narrow your search.",
    },
  },
  "roles.staffOnly": { de: "Mitarbeitende (keine Rolle)", en: "Staff (no role)" },
  "roles.role.manager": { de: "Führungskraft", en: "manager" },
  "roles.role.qualityOfficer": { de: "Qualitätsbeauftragte", en: "quality officer" },
  "roles.viaConfiguration": {
    de: "Qualitätsbeauftragte (über die Konfiguration)",
    en: "quality officer (through the app configuration)",
  },
  "roles.notInstalled": { de: "App nicht installiert", en: "app not installed" },
  "roles.you": { de: "Sie", en: "you" },
  "roles.addManager": { de: "Führungskraft: hinzufügen", en: "Manager: add" },
  "roles.removeManager": { de: "Führungskraft: entziehen", en: "Manager: remove" },
  "roles.addQualityOfficer": { de: "Qualitätsbeauftragte: hinzufügen", en: "Quality officer: add" },
  "roles.removeQualityOfficer": { de: "Qualitätsbeauftragte: entziehen", en: "Quality officer: remove" },
  "roles.added": { de: "{name} hat jetzt die Rolle {role}.", en: "{name} now has the {role} role." },
  "roles.removed": { de: "{name} hat die Rolle {role} nicht mehr.", en: "{name} no longer has the {role} role." },
  "roles.alreadyAdded": { de: "{name} hat die Rolle {role} bereits.", en: "{name} already has the {role} role." },
  "roles.alreadyRemoved": { de: "{name} hat die Rolle {role} nicht.", en: "{name} does not have the {role} role." },
  "roles.lastOfficer": {
    de: "Das geht nicht: {name} ist die letzte Person mit der Rolle Qualitätsbeauftragte. Vergeben Sie die Rolle zuerst an eine weitere Person.",
    en: "Not possible: {name} is the last person with the quality officer role. Please give the role to someone else first.",
  },
  "roles.stillViaConfiguration": {
    de: "{name} bleibt Qualitätsbeauftragte, weil die Person in der Konfiguration der App (BOOTSTRAP_QUALITY_OFFICERS) steht. Diese Rolle lässt sich nur dort entziehen; hier wurde nichts geändert.",
    en: "{name} stays a quality officer because the app configuration (BOOTSTRAP_QUALITY_OFFICERS) lists them. This role can only be removed there; nothing was changed here.",
  },
  "roles.memberNotFound": {
    de: "Diese Person gibt es in Ihrer Organisation nicht (mehr).",
    en: "This person is not (or no longer) in your organisation.",
  },
} satisfies MessageDefinitions;
