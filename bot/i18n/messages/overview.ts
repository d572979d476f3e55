/** The quality officers' overview card. */
import type { MessageDefinitions } from "../message-definition";

export const overviewMessages = {
  "overview.title": { de: "Übersicht", en: "Overview" },
  "overview.intro": { de: "{name} · Stand {date}", en: "{name} · as of {date}" },
  "overview.section.members": { de: "Mitglieder", en: "Members" },
  "overview.nextRun": { de: "Nächster Versand", en: "Next questions go out" },
  "overview.members.installed": { de: "App installiert", en: "App installed" },
  "overview.members.reachable": { de: "Erreichbar", en: "Reachable" },
  "overview.members.pausedOrVacation": { de: "Pausiert oder im Urlaub", en: "Paused or on vacation" },
  "overview.members.withoutGroup": { de: "Noch ohne Gruppe", en: "No group yet" },
  "overview.members.managers": { de: "Führungskräfte", en: "Managers" },
  "overview.members.qualityOfficers": { de: "Qualitätsbeauftragte", en: "Quality officers" },
  "overview.members.note": {
    de: "Nur Zahlen – wer welche Rolle hat, zeigt „rollen“. Die Rollen zählen alle, die eine haben, auch ohne installierte App.",
    en: "Counts only – “roles” shows who has which role. Roles count everyone who holds one, also without the app installed.",
  },
  "overview.edit": { de: "Ändern", en: "Change" },
  "overview.roles": { de: "Rollen verwalten", en: "Manage roles" },
} satisfies MessageDefinitions;
