/** ä, ö, ü and ß spelled out (ae, oe, ue, ss), as people type them on a keyboard without them. Expects lower case. */
export function spellOutUmlauts(lowerCase: string): string {
  return lowerCase.replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss");
}
