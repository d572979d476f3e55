import { createPseudonymizer, PLACEHOLDERS } from "../../../bot/drafts/pseudonymize";
import { KNOWN_NAMES } from "./draft-fixture";

const pseudonymize = createPseudonymizer([
  ...KNOWN_NAMES,
  { name: "Dr. Müller-Lüdenscheidt, Eva-Maria", replacement: "Person 5" },
]);

describe("pseudonymisation before anything goes to an LLM", () => {
  it("replaces colleagues' names with their pseudonyms, in full, in part and as 'Nachname, Vorname'", () => {
    const result = pseudonymize(
      "Anna Schneider und ich haben das Konzept entwickelt; Bernd hat die Zahlen geliefert, Köhler, Bernd hat sie geprüft und Frau Yilmaz hat es freigegeben.",
    );
    expect(result.text).toBe(
      "Person 1 und ich haben das Konzept entwickelt; Person 2 hat die Zahlen geliefert, Person 2 hat sie geprüft und Frau Person 3 hat es freigegeben.",
    );
    expect(result.replacements).toBe(4);
  });

  it("handles titles, double names and genitive s", () => {
    const result = pseudonymize(
      "Laut Eva-Marias Protokoll hat Dr. Müller-Lüdenscheidt den Workshop moderiert; Dieters Idee kam von Lena.",
    );
    expect(result.text).toBe(
      "Laut Person 5 Protokoll hat Dr. Person 5 den Workshop moderiert; Person 4 Idee kam von Lena.",
    );
  });

  it("replaces the surname after Frau or Herr also for people outside the organisation", () => {
    const result = pseudonymize(
      "Herr Dr. Özdemir vom Jobcenter und Frau Bauer aus der Stadtbibliothek waren beim Runden Tisch.",
    );
    expect(result.text).toBe(
      `Herr Dr. ${PLACEHOLDERS.name} vom Jobcenter und Frau ${PLACEHOLDERS.name} aus der Stadtbibliothek waren beim Runden Tisch.`,
    );
    expect(result.replacements).toBe(2);
  });

  it("replaces e-mail addresses", () => {
    const result = pseudonymize(
      "Rückmeldungen bitte an a.schneider@vhs-nordstadt.de oder mailto:info@vhs-nordstadt.de schicken.",
    );
    expect(result.text).toBe(`Rückmeldungen bitte an ${PLACEHOLDERS.email} oder ${PLACEHOLDERS.email} schicken.`);
  });

  it.each([
    ["+49 30 12345678"],
    ["+49 (0)30 123 456-78"],
    ["0049 171 2345678"],
    ["030 12345678"],
    ["030/1234567"],
    ["(030) 123 45 67"],
    ["0171-2345678"],
    ["0511 / 16 83 - 42"],
  ])("replaces the German phone number %s", (phone) => {
    const result = pseudonymize(`Anmeldung telefonisch unter ${phone}, montags bis freitags.`);
    expect(result.text).toBe(`Anmeldung telefonisch unter ${PLACEHOLDERS.phone}, montags bis freitags.`);
    expect(result.replacements).toBe(1);
  });

  it("leaves dates, years, times, amounts and course numbers alone", () => {
    const text =
      "Am 01.03.2025 und 12.03.2025 (Kurs 25F-1204) kamen 2024/2025 insgesamt 1.250 Teilnehmende, 09:00-12:00 Uhr, Gebühr 0,50 € pro Stunde, 3 von 12 Kursen.";
    expect(pseudonymize(text)).toEqual({ text, replacements: 0 });
  });

  it("removes links to personal pages but keeps links to documents", () => {
    const text =
      "Protokoll: https://vhsnordstadt.sharepoint.com/sites/QM/Freigegebene%20Dokumente/Protokoll_2025-03.docx, " +
      "Entwurf in https://vhsnordstadt-my.sharepoint.com/personal/anna_schneider_vhs_de/Documents/Entwurf.docx " +
      "und Profil unter https://www.linkedin.com/in/annaschneider.";
    const result = pseudonymize(text);
    expect(result.text).toBe(
      "Protokoll: https://vhsnordstadt.sharepoint.com/sites/QM/Freigegebene%20Dokumente/Protokoll_2025-03.docx, " +
        `Entwurf in ${PLACEHOLDERS.link} und Profil unter ${PLACEHOLDERS.link}.`,
    );
    expect(result.replacements).toBe(2);
  });

  it("does not mistake ordinary words for names", () => {
    const text = "Wir haben die Anfragen ausgewertet und im Team besprochen; die Annahme hat sich bestätigt.";
    expect(pseudonymize(text)).toEqual({ text, replacements: 0 });
  });

  it("still removes contact data when no member names are known", () => {
    const result = createPseudonymizer([])("Frau Berger, Tel. 0221 987654, berger@example.org");
    expect(result.text).toBe(`Frau ${PLACEHOLDERS.name}, Tel. ${PLACEHOLDERS.phone}, ${PLACEHOLDERS.email}`);
    expect(result.replacements).toBe(3);
  });
});
