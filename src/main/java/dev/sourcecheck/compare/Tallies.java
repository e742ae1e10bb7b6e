package dev.sourcecheck.compare;

import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.fact.Cue;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Vote tallies, for {@link FigureReader}: "passed the bill 52-48", "by 219 votes to 212". Stateless. */
final class Tallies {
  private Tallies() {}

  private static final Pattern TALLY = Pattern.compile("(\\d{1,4})\\s*[-–—]\\s*(\\d{1,4})");
  private static final Pattern TALLY_WORDS = Pattern.compile("(?i)\\bby\\s+(\\d{1,4})\\s+votes?\\s+to\\s+(\\d{1,4})\\b");

  /** A word of {@code words-vote} right before the tally ("voted 7-4", "approved by 7-4") or right after it ("8-3 vote"). */
  private static boolean besideVote(Vocab vocab, String text, int start, int end, int from, int to) {
    Matcher before = vocab.voteWord.matcher(text).region(Math.max(from, start - 16), start).useTransparentBounds(true);
    boolean near = false;
    while (before.find()) {
      near = text.substring(before.end(), start).matches("\\s+(by\\s+)?");
    }
    Matcher after = vocab.voteWord.matcher(text).region(end, Math.min(to, end + 12)).useTransparentBounds(true);
    return near || after.find() && after.start() == end + 1 && text.charAt(end) == ' ';
  }

  /** Vote tallies in a sentence about a vote (a word of {@code words-vote}): "passed the bill 52-48", "by 219 votes to 212". */
  static void read(Vocab vocab, AuditedArticle a, Sentence s, List<FigureReader.Figure> out) {
    String text = a.text();
    int from = s.span().start();
    int to = s.span().end();
    if (!vocab.voteWord.matcher(text).region(from, to).find()) {
      return;
    }
    for (Pattern p : List.of(TALLY_WORDS, TALLY)) {
      Matcher m = p.matcher(text).region(from, to);
      boolean found = false;
      while (m.find()) {
        long yes = Long.parseLong(m.group(1));
        long no = Long.parseLong(m.group(2));
        if (yes < no || yes == 0 || p == TALLY && m.group(1).length() == 4 || a.inQuote(m.start(), m.end())) {
          continue; // a date range or a losing side written first: not read as a tally
        }
        String noun = null;
        int best = Integer.MAX_VALUE;
        for (Cue c : a.cues("xs-quantities", from, to)) {
          int d = Counted.distance(m.start(), m.end(), c);
          if ("votes".equals(c.tag()) && d >= 0 && d <= FigureReader.REACH && d < best) {
            best = d;
            noun = Counted.singular(c.term().toLowerCase(Locale.ROOT));
          }
        }
        if (noun == null && besideVote(vocab, text, m.start(), m.end(), from, to)) {
          noun = "vote"; // "voted 7-4", "the council's 8-3 vote": the vote itself, whatever it was on
        }
        if (noun != null) {
          double v = yes * 10_000 + no;
          out.add(new FigureReader.Figure(m.start(), m.end(), noun + "|tally", "", "tally", v, v, v, "", false, noun.equals("vote") ? "votes" : "votes on the " + noun,
              yes + "-" + no, true));
          found = true;
        }
      }
      if (found) {
        return; // "by 219 votes to 212" is not read again as a dash tally
      }
    }
  }
}
