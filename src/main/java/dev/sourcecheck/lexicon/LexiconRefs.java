package dev.sourcecheck.lexicon;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The lexicons a rule set's DRL names ({@code lexicon == "NAME"}). Stateless. */
public final class LexiconRefs {
  private LexiconRefs() {}

  private static final Pattern REF = Pattern.compile("lexicon\\s*==\\s*\"([^\"]+)\"");

  /** Every lexicon name a {@code lexicon == "NAME"} constraint in these DRL texts names. */
  public static Set<String> in(Collection<String> drl) {
    Set<String> out = new TreeSet<>();
    for (String text : drl) {
      Matcher m = REF.matcher(text);
      while (m.find()) {
        out.add(m.group(1));
      }
    }
    return out;
  }
}
