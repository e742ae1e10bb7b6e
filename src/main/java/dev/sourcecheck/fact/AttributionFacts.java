package dev.sourcecheck.fact;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Paragraph;
import dev.sourcecheck.article.Positions;
import dev.sourcecheck.article.Quote;
import dev.sourcecheck.attribution.Attribution;
import dev.sourcecheck.attribution.AttributionModel;
import dev.sourcecheck.attribution.Description;
import dev.sourcecheck.attribution.Mention;
import dev.sourcecheck.attribution.Person;
import dev.sourcecheck.attribution.Speakers;
import dev.sourcecheck.attribution.Statement;
import dev.sourcecheck.budget.Deadline;
import dev.sourcecheck.lexicon.LexiconMatcher;
import dev.sourcecheck.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * The attribution facts of one article for the rules: who speaks each quotation ({@link
 * QuoteSpeaker}), every attribution cue ({@link StatementFact}), the words of indirect speech
 * ({@link ReportedSpan}), each sentence as a claim with its check-worthiness ({@link ClaimFact})
 * and criticism without a critic ({@link CriticismFact}). Java finds, DRL judges: nothing here
 * decides what is a finding. Stateless and thread-safe.
 */
public final class AttributionFacts {
  private AttributionFacts() {}

  static final String CRITICISM = "criticism";
  /** A state of believing after a linking verb ("some are concerned"): it attributes a view whatever follows it. */
  static final String STATE = "state";
  /** A verb of judging, approving or disputing (lexicon clause-beliefs): a view reported as an act. */
  static final String JUDGING = "judging";

  // compiled once: these run for every article, sentence, quote or cue

  /** Facts for {@code a}; {@code matcher} must hold the rule set's word lists. */
  public static List<Object> extract(Article a, LexiconMatcher matcher, FactWords fw) {
    Tokens words = AttributionModel.words(a);
    List<LexiconMatcher.Match> matches = matcher.find(words);
    return facts(a, words, AttributionModel.find(a, words, matches), matches, fw);
  }

  /** Facts for {@code a} given its words, its speakers and the lexicon matches over its words. */
  public static List<Object> facts(Article a, Tokens words, Speakers sp, List<LexiconMatcher.Match> matches,
      FactWords fw) {
    List<Object> out = new ArrayList<>();
    String id = a.id();
    String text = a.text();
    WordTags tags = new WordTags(matches);
    boolean english = english(a, words, tags);
    // quotations (attributions, people, mentions and statements indexed once: no lookup scans them all)
    java.util.Map<Integer, Attribution> byQuote = new java.util.HashMap<>();
    sp.attributions().forEach(x -> byQuote.put(x.quote(), x));
    java.util.Map<String, Person> people = sp.byKey();
    java.util.Map<String, List<Mention>> mentionsOf = new java.util.HashMap<>();
    // each person's mentions that carry a role, in text order (Speakers.mentions() is sorted by start)
    sp.mentions().stream().filter(m -> m.role() != null && !m.quoted())
        .forEach(m -> mentionsOf.computeIfAbsent(m.person(), k -> new ArrayList<>()).add(m));
    java.util.Map<Integer, Statement> statementAt = new java.util.HashMap<>();
    // the verbs that introduce a direct quotation ("“…,” another supporter wrote on Reddit"): speech whatever follows them
    java.util.Set<Integer> quoteCues = new java.util.HashSet<>();
    sp.attributions().forEach(x -> quoteCues.add(x.cueStart()));
    sp.statements().forEach(x -> statementAt.putIfAbsent(x.cueStart(), x));
    for (Quote q : a.quotes()) {
      Deadline.check();
      Attribution at = byQuote.get(q.index());
      Person p = at == null || at.person() == null ? null : people.get(at.person());
      String inner = q.text().strip();
      boolean lower = !inner.isEmpty() && Character.isLowerCase(inner.codePointAt(0));
      int s = q.span().start();
      boolean soCalled = fw.mentionMarker().matcher(text.substring(Math.max(0, s - 12), s).toLowerCase(Locale.ROOT)).matches();
      out.add(new QuoteSpeaker(id, q.index(), s, q.span().end(), q.text(), q.wordCount(), a.index().line(s),
          a.sentenceAt(s), kindAt(a, s), p == null ? null : p.key(), p == null ? described(statementAt, at) : p.name(),
          p == null ? null : roleFor(mentionsOf.getOrDefault(p.key(), List.of()), p, s), !english ? "unknown-language" : at == null ? "none" : at.how(),
          at == null ? -1 : at.cueStart(),
          at == null ? -1 : at.cueEnd(), q.continued(), lower, soCalled, FactExtractor.titleCase(q.text(), fw)));
      if (QuoteCredit.credited(a, tags, q.span().end())) {
        out.add(new QuoteCredit(id, q.index()));
      }
    }
    if (!english) {
      return out; // the word lists and cue patterns are English: say nothing rather than guess
    }
    // attribution cues
    List<StatementFact> statements = new ArrayList<>();
    for (Statement st : sp.statements()) {
      Deadline.check();
      Description d = st.source();
      StatementFact f = new StatementFact(id, st.sentence(), st.person(), st.vague(), st.cue(), st.tag(),
          st.cueStart(), st.cueEnd(), a.index().line(st.cueStart()),
          !st.kind().equals("hedge") && !st.kind().equals("passive") && (quoteCues.contains(st.cueStart())
              || SpeechShapes.speech(a, tags, st.cueStart(), st.cueEnd())
              || SpeechShapes.relativeGap(text, tags, d.start(), d.end(), st.cueStart(), st.cueEnd())
              || "document".equals(d.headTag()) && d.end() <= st.cueStart() && SpeechShapes.finding(a, tags, st.cueEnd())
              || STATE.equals(st.tag())),
          st.kind(), d.text(), d.start(), d.end(), d.head(), d.headTag(), SourceShares.share(words, tags, d, st.cueStart()) ? SourceShares.SHARE : d.quantity(), d.definite(),
          d.capitalised(), d.basis(), d.named(), participle(text, tags, st.cue(), st.cueStart()),
          SpeechShapes.closing(a, tags, d.start() >= 0 ? Math.min(d.start(), st.cueStart()) : st.cueStart(),
              Math.max(d.end(), st.cueEnd()))
              || BareClosings.closes(a, tags, d.start() >= 0 ? Math.min(d.start(), st.cueStart()) : st.cueStart(),
                  Math.max(d.end(), st.cueEnd()), st.cueStart()),
          SpeechShapes.aside(a, tags, d.start() >= 0 ? Math.min(d.start(), st.cueStart()) : st.cueStart(),
              Math.max(d.end(), st.cueEnd())),
          SpeechShapes.act(a, tags, st.cueStart()),
          st.kind().equals("described") && SourceAppositives.closesNamesAppositive(a, tags, sp.mentions(), d, st.cueStart()),
          SourceOwners.owned(text, tags, d), SourceOwners.relative(text, tags, d, st.cueStart()));
      statements.add(f);
      out.add(f);
      // a described source named in apposition ("An activist at the scene Muaz Al Shami said") reports its clause as a name does
      if ((f.named() || "described".equals(f.kind()) && f.sourceNamed() && "person".equals(f.headTag())) && !JUDGING.equals(f.tag())) { // "both of which Mrs. Clinton praised": an act, not her words
        ReportedSpan r = AttributionFactsSpans.reported(a, tags, f, sp.statementsIn(st.sentence()));
        if (r != null) {
          out.add(r);
        }
      }
    }
    // criticism without a critic
    for (LexiconMatcher.Match m : matches) {
      if (!m.lexicon().name().equals(CRITICISM) || quoted(a, m.start())) {
        continue;
      }
      int si = a.sentenceAt(m.start());
      out.add(new CriticismFact(id, si, m.start(), m.end(), a.index().line(m.start()), critic(a, sp, m, si, fw, tags)));
    }
    // sentences as claims
    out.addAll(ClaimFacts.claims(a, sp, matches, tags, statements, fw));
    return out;
  }

  /**
   * Whether the text reads as English: the function words of the {@code function-words} list make
   * up a good share of its first prose words (few texts of other languages share enough of them).
   * Header lines (dates, addresses, bylines) are not prose, and a text of fewer than {@link
   * #LANGUAGE_EVIDENCE} prose words is too short to tell: it is taken as English.
   */
  static boolean english(Article a, Tokens words, WordTags tags) {
    int n = 0;
    int function = 0;
    for (Paragraph p : a.paragraphs()) {
      if (p.kind() == Paragraph.Kind.META) {
        continue;
      }
      for (int i = words.from(p.span().start()); i < words.size() && words.end(i) <= p.span().end(); i++) {
        if (n == WordTags.SAMPLE) {
          return function >= ENGLISH_SHARE * n;
        }
        n++;
        if (tags.is(words.start(i), WordTags.FUNCTION)) {
          function++;
        }
      }
    }
    return n < LANGUAGE_EVIDENCE || function >= ENGLISH_SHARE * n;
  }

  /** Prose words needed before a text is judged not to be English. */
  static final int LANGUAGE_EVIDENCE = 40;

  static final double ENGLISH_SHARE = 0.2;

  /**
   * A cue in -ing right after its noun phrase, a reduced relative ("Democrats urging him"); not a
   * participle after a comma, whose subject is its clause's ("…, saying that …").
   */
  static boolean participle(String text, WordTags tags, String cue, int start) {
    int b = start - 1;
    while (b >= 0 && text.charAt(b) == ' ') {
      b--;
    }
    return Tokens.fold(cue).endsWith("ing") && (b < 0 || text.charAt(b) != ',') && !progressive(text, tags, start);
  }

  /** Words (adverbs) between a form of "be" and its -ing verb in a progressive ("are increasingly admitting"). */
  static final int MAX_PROGRESSIVE = 2;

  /** The -ing verb at {@code start} follows a form of "be", over adverbs: a finite progressive ("officials are expecting"), no participle. */
  static boolean progressive(String text, WordTags tags, int start) {
    int e = start;
    for (int n = 0; n <= MAX_PROGRESSIVE; n++) {
      while (e > 0 && text.charAt(e - 1) == ' ') {
        e--;
      }
      int b = e;
      while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
        b--;
      }
      if (b == e) {
        return false;
      }
      String t = tags.tag(b, WordTags.FUNCTION);
      if ("be".equals(t)) {
        return true;
      }
      if (!"adv".equals(t) && !"degree".equals(t)) {
        return false;
      }
      e = b;
    }
    return false;
  }

  /** A described source's phrase as the speaker's name ("one senior Democrat"), or null. */
  static String described(java.util.Map<Integer, Statement> statementAt, Attribution at) {
    if (at == null || !at.how().equals("vague") || at.cueStart() < 0) {
      return null;
    }
    Statement st = statementAt.get(at.cueStart());
    return st != null && st.kind().equals("described") && !st.source().text().isEmpty() ? st.source().text() : null;
  }

  /**
   * The role of the last of {@code withRole} (a person's unquoted mentions carrying a role, in text
   * order) before {@code before}, else of the first; else the person's own role. A binary search:
   * a pass over every mention per quotation was quadratic for a much-quoted speaker.
   */
  static String roleFor(List<Mention> withRole, Person p, int before) {
    if (withRole.isEmpty()) {
      return p.role();
    }
    int lo = Positions.firstNot(withRole.size(), k -> withRole.get(k).start() < before);
    return withRole.get(lo > 0 ? lo - 1 : 0).role();
  }


  static String critic(Article a, Speakers sp, LexiconMatcher.Match m, int si, FactWords fw, WordTags tags) {
    String text = a.text();
    Matcher after = fw.criticAfter().matcher(
        text.substring(m.end(), Math.min(text.length(), m.end() + 90)));
    if (after.find()) {
      String critic = after.group(2).strip();
      return generic(text, tags, m.end() + after.start(2), critic) ? null : critic;
    }
    for (Statement st : sp.statementsIn(si)) {
      if (st.person() != null && !st.vague() && !JUDGING.equals(st.tag())) { // "X criticised" in a heading is no critic of "faced criticism"
        return st.person();
      }
    }
    return null;
  }

  /**
   * Whether a critic names no one: its first word past determiners and quantities ("some", "many",
   * "the") is a generic group of {@code source-heads} ("savaged by critics", "criticism from some
   * residents") and none of its first five words is capitalised ("criticism from Republicans", "by critics
   * including Sandra Lowe" name a party or a person).
   */
  static boolean generic(String text, WordTags tags, int start, String critic) {
    String[] words = critic.split("\\s+");
    for (int k = 0; k < Math.min(words.length, GENERIC_LEAD + 2); k++) {
      if (!words[k].isEmpty() && Character.isUpperCase(words[k].charAt(0))) {
        return false;
      }
    }
    int i = start;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    for (int n = 0; n < GENERIC_LEAD && i < text.length(); n++) {
      if (GROUP.equals(tags.tag(i, SOURCE_HEADS))) {
        return true;
      }
      String t = tags.tag(i, WordTags.FUNCTION);
      if (!"quant".equals(t) && !"det".equals(t) && !"indef".equals(t)) {
        return false;
      }
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      while (i < text.length() && text.charAt(i) == ' ') {
        i++;
      }
    }
    return false;
  }

  /** Determiners and quantities read before a critic's head ("some of the"). */
  static final int GENERIC_LEAD = 3;
  static final String SOURCE_HEADS = "source-heads";
  static final String GROUP = "group";

  /** Whether {@code offset} is inside the quoted words of a quotation (a binary search, {@link Positions}). */
  static boolean quoted(Article a, int offset) {
    return Positions.quoteAround(a, offset, offset + 1) != null;
  }

  /** The kind of the paragraph holding {@code offset} ({@code BODY} outside every paragraph). */
  static String kindAt(Article a, int offset) {
    Paragraph p = Positions.paragraphAt(a, offset);
    return p == null ? "BODY" : p.kind().name();
  }
}
