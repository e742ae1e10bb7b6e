package dev.sourcecheck.bench;

import java.util.List;
import java.util.Locale;

/**
 * Pathological article shapes for the linear-time benchmark and the regression tests: each is a
 * short unit repeated to a target size, the shapes that made some stage re-scan its sentence,
 * paragraph list or lexicon hits once per match. Deterministic. Stateless.
 */
public final class Shapes {
  private Shapes() {}

  /** One shape: its name and how one unit of it reads (unit {@code i} of the article). */
  public record Shape(String name, String description, Unit unit) {
    /** An article of about {@code bytes} bytes of this shape (UTF-8; every unit is ASCII). */
    public String article(int bytes) {
      StringBuilder sb = new StringBuilder(bytes + 256);
      for (int i = 0; sb.length() < bytes; i++) {
        sb.append(unit.text(i));
      }
      return sb.toString();
    }
  }

  /** The text of unit {@code i}. */
  public interface Unit {
    String text(int i);
  }

  private static final String[] NAMES = {"Maria Lopez", "John Smith", "Aiko Tanaka", "Peter Brown", "Olu Adeyemi"};

  public static final List<Shape> ALL = List.of(
      new Shape("quotes-with-tags", "short quotations, each with a speech tag naming a speaker",
          i -> "\u201cWe will look at item " + i + " again,\u201d said " + NAMES[i % NAMES.length] + ". "),
      new Shape("said", "the verb of saying repeated, no punctuation", i -> "said "),
      new Shape("one-word-paragraphs", "one word a paragraph, blank lines between", i -> "Update\n\n"),
      new Shape("long-sentence", "one sentence with no punctuation at all",
          i -> "the council met again and the members talked about the budget for the year "),
      new Shape("capitalised-runs", "runs of capitalised words (names, organisations) with no sentence end",
          i -> "John Smith Jane Doe Acme Holdings Big River Authority Ministry Of Works "),
      new Shape("photo-credit-cues", "photo, credit and boilerplate cue lines",
          i -> switch (i % 4) {
            case 0 -> "Photo: Jane Doe/Reuters\n";
            case 1 -> "(Reporting by John Smith; Editing by Mary Major)\n";
            case 2 -> "Advertisement\n";
            default -> String.format(Locale.ROOT, "Getty Images %d contributed to this report.\n", i);
          }));

  public static Shape named(String name) {
    return ALL.stream().filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no shape '" + name + "'"));
  }
}
