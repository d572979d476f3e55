import { PLACEHOLDERS, redactPersonalData, type RedactionContext } from "../../../../bot/drafts/privacy";
import { KNOWN_NAMES } from "../draft-fixture";

const context: RedactionContext = {
  people: [
    ...KNOWN_NAMES,
    { name: "Dr. Müller-Lüdenscheidt, Eva-Maria", replacement: "Person 5" },
    { name: "Paul Winter", replacement: "Person 6" },
  ],
  keepTerms: ["Volkshochschule Nordstadt", "Verwaltung"],
};
const redact = (text: string) => redactPersonalData(text, context);
const { name, email, phone, link } = PLACEHOLDERS.de;

describe("removing personal data from staff text", () => {
  it("replaces colleagues' names with their pseudonyms, in full, in part, as 'Nachname, Vorname' and after a salutation", () => {
    const result = redact(
      "Anna Schneider und ich haben das Konzept entwickelt; Bernd hat die Zahlen geliefert, Köhler, Bernd hat sie geprüft und Frau Yilmaz hat es freigegeben.",
    );
    expect(result.text).toBe(
      "Person 1 und ich haben das Konzept entwickelt; Person 2 hat die Zahlen geliefert, Person 2 hat sie geprüft und Person 3 hat es freigegeben.",
    );
    expect(result.redactions).toEqual([
      { kind: "member", replacement: "Person 1" },
      { kind: "member", replacement: "Person 2" },
      { kind: "member", replacement: "Person 2" },
      { kind: "member", replacement: "Person 3" },
    ]);
  });

  it("handles titles, double names and genitive s", () => {
    expect(
      redact("Laut Eva-Marias Protokoll hat Dr. Müller-Lüdenscheidt den Workshop moderiert; Dieters Idee kam von Lena.")
        .text,
    ).toBe("Laut Person 5 Protokoll hat Person 5 den Workshop moderiert; Person 4 Idee kam von Lena.");
  });

  it("replaces names of people outside the organisation after a salutation or title, salutation included", () => {
    const result = redact(
      "Herr Dr. Özdemir vom Jobcenter und Frau Bauer aus der Stadtbibliothek waren beim Runden Tisch.",
    );
    expect(result.text).toBe(`${name} vom Jobcenter und ${name} aus der Stadtbibliothek waren beim Runden Tisch.`);
    expect(result.redactions.map((redaction) => redaction.kind)).toEqual(["name", "name"]);
  });

  it("replaces e-mail addresses", () => {
    expect(
      redact("Rückmeldungen bitte an a.schneider@vhs-nordstadt.de oder mailto:info@vhs-nordstadt.de schicken.").text,
    ).toBe(`Rückmeldungen bitte an ${email} oder ${email} schicken.`);
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
  ])("replaces the German phone number %s", (number) => {
    const result = redact(`Anmeldung telefonisch unter ${number}, montags bis freitags.`);
    expect(result.text).toBe(`Anmeldung telefonisch unter ${phone}, montags bis freitags.`);
    expect(result.redactions).toHaveLength(1);
  });

  it("leaves dates, years, times, amounts and course numbers alone", () => {
    const text =
      "Am 01.03.2025 und 12.03.2025 (Kurs 25F-1204) kamen 2024/2025 insgesamt 1.250 Teilnehmende, 09:00-12:00 Uhr, Gebühr 0,50 € pro Stunde, 3 von 12 Kursen.";
    expect(redact(text)).toEqual({ text, redactions: [] });
  });

  it("removes links to personal pages but keeps links to documents", () => {
    const text =
      "Protokoll: https://vhsnordstadt.sharepoint.com/sites/QM/Freigegebene%20Dokumente/Protokoll_2025-03.docx, " +
      "Entwurf in https://vhsnordstadt-my.sharepoint.com/personal/anna_schneider_vhs_de/Documents/Entwurf.docx " +
      "und Profil unter https://www.linkedin.com/in/annaschneider.";
    const result = redact(text);
    expect(result.text).toBe(
      "Protokoll: https://vhsnordstadt.sharepoint.com/sites/QM/Freigegebene%20Dokumente/Protokoll_2025-03.docx, " +
        `Entwurf in ${link} und Profil unter ${link}.`,
    );
    expect(result.redactions).toHaveLength(2);
  });

  it("does not mistake ordinary words for names", () => {
    const text = "Wir haben die Anfragen ausgewertet und im Team besprochen; die Annahme hat sich bestätigt.";
    expect(redact(text)).toEqual({ text, redactions: [] });
  });

  it("takes a surname that is an everyday word for a name only where the text makes it a person", () => {
    expect(redact("Im Winter bieten wir mehr Kurse an; Winter hat das organisiert, mit Kollegin Winter.").text).toBe(
      "Im Winter bieten wir mehr Kurse an; Person 6 hat das organisiert, mit Kollegin Person 6.",
    );
  });

  it("still removes contact data when no member names are known", () => {
    const result = redactPersonalData("Frau Berger, Tel. 0221 987654, berger@example.org", { people: [] });
    expect(result.text).toBe(`${name}, Tel. ${phone}, ${email}`);
    expect(result.redactions).toHaveLength(3);
  });

  it("writes English placeholders in English drafts", () => {
    expect(redactPersonalData("Call Ms Berger on +44 20 7946 0958.", { people: [], locale: "en" }).text).toBe(
      "Call [name] on [phone].",
    );
  });
});
