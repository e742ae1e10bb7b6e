package dev.sourcecheck.report.html;

import dev.sourcecheck.finding.Severity;
import dev.sourcecheck.report.ReportHeader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * The frame of the HTML page: the head with the inline style and a Content-Security-Policy that
 * allows only this page's own style and script (by their SHA-256), the header, and the end with
 * the detail panel and the script. The style and script are resources of the jar, inlined.
 * Stateless.
 */
final class Page {
  private Page() {}

  static final String CSS = resource("report.css");
  static final String JS = resource("report.js");

  static void head(StringBuilder b, ReportHeader h, int articles, int findings, Map<Severity, Integer> bySeverity) {
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-")
        .append(sha256(CSS)).append("'; script-src 'sha256-").append(sha256(JS))
        .append("'; img-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'\">\n")
        .append("<meta name=\"generator\" content=\"sourcecheck ").append(Html.attr(h.version())).append("\">\n")
        .append("<title>sourcecheck report</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
    b.append("<header class=\"top\"><h1>sourcecheck report</h1><p>").append(articles)
        .append(articles == 1 ? " article, " : " articles, ").append(findings)
        .append(findings == 1 ? " finding" : " findings");
    for (int i = Severity.values().length - 1; i >= 0; i--) {
      Severity s = Severity.values()[i];
      b.append(" · ").append(bySeverity.getOrDefault(s, 0)).append(' ').append(s.label());
    }
    b.append(" · sourcecheck ").append(Html.text(h.version())).append(", rules ").append(Html.text(h.rules()))
        .append(" · marks: background = severity, underline = category; hover or click a mark for the rule, message and")
        .append(" help</p></header>\n<main>\n");
  }

  static void tail(StringBuilder b) {
    b.append("</main>\n<aside id=\"detail\" hidden><button type=\"button\">close</button><div class=\"items\"></div></aside>\n")
        .append("<script>").append(JS).append("</script>\n</body>\n</html>\n");
  }

  static String sha256(String s) {
    try {
      return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = Page.class.getResourceAsStream("/sourcecheck/html/" + name)) {
      if (in == null) {
        throw new IllegalStateException("sourcecheck/html/" + name + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
