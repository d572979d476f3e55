/** The download endpoint's answer to a link that no longer works (shown in the browser, both languages). */
import type { MessageDefinitions } from "../message-definition";

export const downloadMessages = {
  "download.invalidLink": {
    de: "Dieser Download-Link ist ungültig oder abgelaufen. Bitte fordern Sie in Teams einen neuen an.",
    en: "This download link is invalid or has expired. Please request a new one in Teams.",
  },
} satisfies MessageDefinitions;
