package dev.sourcecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.report.JsonReport;
import dev.sourcecheck.report.TextReport;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: results never depend on the JVM's locale. The seeds (and a Turkish-dotted-I probe) are
 * audited under Turkish and Arabic default locales, and both reports must be the same bytes as
 * under {@link Locale#ROOT}: every case fold and number format in the code and the rules uses
 * {@code Locale.ROOT}.
 */
class LocaleTest {
  /** Capital I folds to dotless ı in Turkish; "TITLE", "PHOTO CREDIT", "ADVERTISEMENT" carry it. */
  static final String CAPITALS = "TITLE: COUNCIL APPROVES BUDGET\nPUBLISHED: 2025-12-01\nBY: JANE DOE\n\n"
      + "THE COUNCIL MET ON MONDAY, OFFICIALS SAID.\n\nADVERTISEMENT\n\n(PHOTO CREDIT: IAN INGRAM/REUTERS)\n\n"
      + "IT APPROVED THE BUDGET, CRITICS INSISTED IT WAS ILLEGAL.\n";

  static String[] reports() {
    Auditor auditor = TestRules.auditor();
    AuditReport seeds = auditor.audit(List.of("seeds"), InputStream.nullInputStream());
    AuditReport caps = auditor.auditTexts(java.util.Map.of("capitals", CAPITALS));
    return new String[] {TextReport.render(seeds), JsonReport.render(seeds), TextReport.render(caps), JsonReport.render(caps)};
  }

  @Test
  void reportsAreTheSameBytesUnderTurkishAndArabicLocales() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ROOT);
      String[] root = reports();
      assertTrue(root[0].contains("findings"), root[0]);
      for (Locale l : List.of(Locale.forLanguageTag("tr-TR"), Locale.forLanguageTag("ar-EG"),
          Locale.forLanguageTag("ar-SA-u-nu-arab"))) {
        Locale.setDefault(l);
        // the locale is in force: these differ from the root locale's
        assertTrue(!"I".toLowerCase().equals("i") || !String.format("%d", 5).equals("5"), "locale " + l + " not in effect");
        String[] got = reports();
        for (int i = 0; i < root.length; i++) {
          assertEquals(root[i], got[i], "report " + i + " under " + l);
        }
      }
    } finally {
      Locale.setDefault(saved);
    }
  }
}
