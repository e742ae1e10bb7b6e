package dev.sourcecheck.attribution;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.article.Paragraph;
import dev.sourcecheck.article.Quote;
import dev.sourcecheck.article.Sentence;
import dev.sourcecheck.lexicon.LexiconMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who speaks in an article: people named in it (full names, surnames, titles before the
 * name and appositives as their roles), and the speaker of every direct quotation and of every
 * verb of saying. Rule-based, after the cue method of Krestel, Bergler and Witte: the cue is the
 * nearest verb of saying outside the quotation in the same sentence, its subject is the speaker;
 * a pronoun subject is the last named person before it; a quotation alone in its paragraph
 * continues the previous speaker.
 *
 * <p>Uses three word lists of the rule set: {@code titles} (roles), {@code reporting-verbs} (cues)
 * and {@code vague-sources} (vague attributions). Stateless and thread-safe.
 */
public final class SpeakerFinder {
  private SpeakerFinder() {}

  /** A set of words; duplicates allowed (the lists are edited by hand). */
  private static Set<String> words(String... ws) {
    return Set.copyOf(java.util.Arrays.asList(ws));
  }

  static final String TITLES = "titles";
  static final String VERBS = "reporting-verbs";
  static final String VAGUE = "vague-sources";

  // A word is what [\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*(?:[’']s\b)? matches; Run finds them by hand.

  /** Capitalised words that do not belong to a person's name. */
  private static final Set<String> NOT_NAME = words(
      "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his",
      "her", "their", "our", "my", "in", "on", "at", "as", "after", "before", "when", "while", "but", "and", "or",
      "if", "for", "from", "with", "without", "despite", "during", "meanwhile", "also", "speaking", "according",
      "other", "some", "many", "most", "several", "key", "recent", "attention", "members", "one", "two", "three",
      "both", "each", "every", "all", "no", "not", "there", "here", "then", "now", "yet", "so", "to", "of", "by",
      "about", "over", "under", "into", "than", "what", "who", "whom", "whose", "which", "where", "why", "how",
      "just", "even", "only", "still", "however", "instead", "although", "though", "because", "since", "until",
      "under", "between", "among", "against", "around", "near", "says", "said", "say", "read", "also", "more",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
      "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "house", "force", "east", "west", "north", "south", "union", "states", "nations", "kingdom", "republic",
      "ministry", "department", "office", "council", "committee", "party", "news", "agency", "press", "times",
      "post", "street", "square", "palace", "region", "sea", "ocean", "river", "island", "islands", "city",
      "county", "province", "court", "bank", "fund", "group", "company", "corp", "inc", "university",
      "institute", "army", "navy", "forces", "guard", "police", "airport", "hospital", "club", "day", "week",
      "new", "saudi", "hong", "los", "san", "white", "air", "middle", "united", "european", "american",
      "russian", "ukrainian", "french", "german", "british", "chinese", "israeli", "palestinian", "iranian",
      "irish", "italian", "spanish", "polish", "japanese", "korean", "indian", "canadian", "turkish", "syrian",
      "qatari", "egyptian", "western", "eastern", "northern", "southern", "soviet", "afghan", "iraqi", "dutch",
      "belgian", "swiss", "austrian", "swedish", "finnish", "norwegian", "danish", "greek", "hungarian",
      "czech", "romanian", "brazilian", "mexican", "australian", "african", "asian", "arab", "kurdish",
      "federal", "national", "state", "international", "global", "world", "government", "administration",
      "kremlin", "pentagon", "congress", "senate", "parliament", "cabinet", "prime", "vice", "deputy", "chief",
      "senior", "former", "acting", "special", "general", "breaking", "live", "update", "exclusive", "photo",
      "video", "watch", "source", "sources", "advertisement", "related", "opinion", "analysis", "editorial",
      "twitter", "facebook", "instagram", "telegram", "reuters", "ap", "afp", "cnn", "bbc", "abc", "nbc",
      "cbs", "fox", "nato", "eu", "un", "us", "uk", "mr", "mrs", "ms", "dr");

  private static final Set<String> PREPOSITIONS = words(
      "for", "in", "on", "at", "by", "with", "from", "of", "to", "into", "over", "under", "after", "before",
      "during", "about", "against", "among", "between", "through", "without", "within");

  private static final Set<String> NOUN_BEFORE = words(
      "such", "the", "these", "those", "his", "her", "their", "its", "our", "my", "your", "a", "an", "any", "no",
      "false", "new", "these", "unsubstantiated", "unfounded", "baseless", "earlier", "previous");

  private static final Set<String> PASSIVE = words("is", "are", "was", "were", "be", "been", "being");

  /** Determiners that open a noun phrase. */
  private static final Set<String> DETERMINERS = words(
      "the", "a", "an", "one", "two", "three", "another", "this", "that", "these", "those", "his", "her", "their",
      "its", "our");

  /** Function words and verbs that cannot end a speaker's noun phrase. */
  private static final Set<String> FUNCTION = words(
      "and", "or", "but", "that", "which", "it", "this", "to", "of", "in", "on", "at", "by", "for", "with", "from",
      "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "not", "also", "then", "than", "there",
      "what", "when", "where", "while", "if", "so", "who", "whom", "whose", "they", "we", "i", "you", "them", "us",
      "him", "me", "can", "could", "would", "will", "should", "may", "might", "must", "do", "does", "did", "about",
      "after", "before", "into", "over", "under", "all", "any", "no", "yet", "said", "says", "say", "told");

  /** Words between a subject and its verb of saying ("Peskov on Monday said", "she also told"). */
  private static final Set<String> BETWEEN = words(
      "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
      "tonight", "earlier", "later", "also", "has", "have", "had", "was", "is", "previously", "then", "again",
      "publicly", "repeatedly", "recently", "separately", "once", "further", "last", "week", "month", "night",
      "morning", "afternoon", "evening", "in", "an", "a", "interview", "statement", "would", "will", "has",
      "did", "does", "further", "had", "already", "reportedly", "simply", "bluntly", "flatly", "firmly");

  /** Heads of vague sources as the subject of a verb of saying. */
  private static final Set<String> VAGUE_HEADS = words(
      "officials", "official", "sources", "source", "critics", "experts", "analysts", "observers", "diplomats",
      "insiders", "aides", "reports", "people", "some", "many", "others", "residents", "witnesses",
      "commentators", "person", "someone", "expert", "analyst", "observer", "diplomat", "insider", "aide",
      "resident", "witness", "economists", "scientists", "researchers", "lawmakers", "politicians", "activists",
      "campaigners", "investors", "traders", "historians", "academics", "commentators", "pundits", "skeptics",
      "sceptics", "supporters", "opponents");

  /** Modifiers a role phrase may carry before its title ("special envoy", "senior adviser"). */
  private static final Set<String> MODIFIERS = words(
      "special", "senior", "former", "deputy", "chief", "top", "acting", "lead", "foreign", "defence", "defense",
      "interior", "press", "then", "first", "assistant", "associate", "executive", "principal", "veteran",
      "longtime", "national", "security", "presidential", "military", "state", "finance", "justice");

  /** Words that open a subordinate clause before the main one ("As Witkoff prepares …, Zelensky …"). */
  private static final Set<String> SUBORDINATORS = words(
      "as", "after", "before", "when", "while", "although", "though", "despite", "since", "if", "because",
      "once", "until", "whereas", "following", "amid", "during", "with", "without", "unlike", "like");

  /** Time words and adverbials that precede a verb of saying after its object ("Trump said Sunday"). */
  private static final Set<String> PRONOUNS = words("he", "she");

  // built once, not at every call (they are asked about every capitalised word)
  private static final Set<String> INSTITUTION_WORDS = words("kremlin", "pentagon", "congress", "senate", "parliament",
      "cabinet", "government", "administration", "nato", "eu", "un", "white", "state", "ministry", "police", "army");
  private static final Set<String> INSTITUTION_NOUNS = words("ministry", "government", "administration", "agency",
      "police", "company", "court", "army", "military", "office", "department", "embassy", "spokesperson", "spokesman",
      "spokeswoman", "campaign", "statement", "council", "committee", "party", "kremlin", "firm", "prosecutors",
      "authorities", "ministries", "group", "brigade", "observatory", "network", "agency", "monitor", "newspaper",
      "outlet", "study", "poll", "organisation", "organization", "union");
  // compiled once: String.matches, replaceAll and split compile their expression at every call
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern RELATIVE_OR_SAYING = Pattern.compile(".*\\b(who|which|that|said|says|told)\\b.*");
  private static final Pattern DISCUSSION_NOUN =
      Pattern.compile("matter|talks|plans|situation|discussions|negotiations|decision|case");
  private static final Pattern QUANTIFIER = Pattern.compile("two|three|four|several|some|many|other|local|western"
      + "|government|administration|military|security|intelligence|industry|regime|opposition|anonymous");
  private static final Pattern ADVERTISEMENT = Pattern.compile("(?i)advertisement");
  private static final Pattern CLOSING_MARKS = Pattern.compile("[\\s.,;:!?…\"”’'»]");
  /** "call for", "call on", "call off": not a verb of saying. */
  private static final Set<String> CALL_PARTICLES = words("for", "on", "off", "up", "in", "out");

  /** Who speaks in {@code a}; {@code matcher} must hold the rule set's word lists. */
  public static Speakers find(Article a, LexiconMatcher matcher) {
    return new Run(a, matcher.find(a.text(), 0, a.text().length())).run();
  }

  /** As {@link #find}, reusing lexicon matches already computed over the whole text. */
  public static Speakers find(Article a, List<LexiconMatcher.Match> matches) {
    return new Run(a, matches).run();
  }

  private record Tok(int start, int end, String text, String lower, boolean possessive) {
    boolean cap() {
      return Character.isUpperCase(text.charAt(0));
    }

    boolean allCaps() {
      int letters = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isLetter(c)) {
          letters++;
          if (!Character.isUpperCase(c)) {
            return false;
          }
        }
      }
      return letters >= 2;
    }

    /** The word without a possessive {@code 's}. */
    String bare() {
      return possessive ? text.substring(0, text.length() - 2) : text;
    }
  }

  private static final class PersonB {
    final String key;
    String name;
    final LinkedHashSet<String> roles = new LinkedHashSet<>();
    final boolean institution;

    PersonB(String key, String name, boolean institution) {
      this.key = key;
      this.name = name;
      this.institution = institution;
    }

    String surname() {
      return key.substring(key.lastIndexOf(' ') + 1);
    }
  }

  /** A resolved subject: a person key (null when vague or unknown) and how it was found. */
  private record Subject(String person, String how, boolean vague, int start, int end) {
    Subject(String person, String how, boolean vague) {
      this(person, how, vague, -1, -1);
    }
  }

  /** One audit of one article; not shared. */
  private static final class Run {
    final Article a;
    final String text;
    final List<Tok> toks = new ArrayList<>();
    final List<LexiconMatcher.Match> titles = new ArrayList<>();
    final List<LexiconMatcher.Match> verbs = new ArrayList<>();
    final List<LexiconMatcher.Match> vague = new ArrayList<>();
    final Set<String> titleWords = new HashSet<>();
    final Map<String, PersonB> people = new LinkedHashMap<>();
    final List<Mention> mentions = new ArrayList<>();
    final Map<Integer, Mention> mentionByEndTok = new HashMap<>();
    final Map<Integer, Mention> mentionByStartTok = new HashMap<>();
    final Map<Integer, String> titleTags = new HashMap<>();

    Run(Article a, List<LexiconMatcher.Match> matches) {
      this.a = a;
      this.text = a.text();
      for (LexiconMatcher.Match m : matches) {
        String l = m.lexicon().name();
        if (l.equals(TITLES)) {
          titles.add(m);
          for (String w : WHITESPACE.split(m.entry().term().toLowerCase(Locale.ROOT))) {
            titleWords.add(w);
          }
        } else if (l.equals(VERBS) && !quoted(m.start())) {
          verbs.add(m);
        } else if (l.equals(VAGUE) && !quoted(m.start())) {
          vague.add(m);
        }
      }
      // the words (see the comment on words above), found by hand: the regular expression cost more than the rest of this class
      int n = text.length();
      int i = 0;
      while (i < n) {
        int cp = text.codePointAt(i);
        if (!letterOrNumber(cp)) {
          i += Character.charCount(cp);
          continue;
        }
        int start = i;
        i = afterRun(text, i);
        while (i + 1 < n && "’'-.".indexOf(text.charAt(i)) >= 0 && letterOrNumber(text.codePointAt(i + 1))) {
          i = afterRun(text, i + 1);
        }
        // the expression's optional possessive ('s then a word boundary) never adds anything here: the loop above
        // already took an apostrophe followed by a letter
        String t = text.substring(start, i);
        boolean poss = t.length() > 2 && (t.endsWith("’s") || t.endsWith("'s"));
        toks.add(new Tok(start, i, t, t.toLowerCase(Locale.ROOT), poss));
      }
    }

    /** The end of the run of letters and numbers starting at {@code i}. */
    private static int afterRun(String text, int i) {
      int n = text.length();
      while (i < n) {
        int cp = text.codePointAt(i);
        if (!letterOrNumber(cp)) {
          break;
        }
        i += Character.charCount(cp);
      }
      return i;
    }

    /** {@code [\p{L}\p{N}]}: a letter or a number of any kind. */
    private static boolean letterOrNumber(int cp) {
      if (Character.isLetter(cp)) {
        return true;
      }
      int t = Character.getType(cp);
      return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    Speakers run() {
      findPeople();
      List<Attribution> attributions = attributeQuotes();
      List<Statement> statements = statements();
      List<Person> ps = new ArrayList<>();
      for (PersonB b : people.values()) {
        ps.add(new Person(b.key, b.name, List.copyOf(b.roles), b.institution));
      }
      mentions.sort((x, y) -> Integer.compare(x.start(), y.start()));
      return new Speakers(ps, mentions, attributions, statements);
    }

    // ---------------------------------------------------------------- people and mentions

    boolean quoted(int offset) {
      for (Quote q : a.quotes()) {
        if (q.inner().start() <= offset && offset < q.inner().end()) {
          return true;
        }
      }
      return false;
    }

    Paragraph paragraphAt(int offset) {
      for (Paragraph p : a.paragraphs()) {
        if (p.span().contains(offset)) {
          return p;
        }
      }
      return null;
    }

    int sentenceAt(int offset) {
      return a.sentenceAt(offset);
    }

    /** True when only a single run of spaces (no line break, no punctuation) separates the offsets. */
    boolean spaceOnly(int from, int to) {
      if (to <= from) {
        return to == from;
      }
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (c != ' ' && c != '\u00a0' && c != '\t') {
          return false;
        }
      }
      return true;
    }

    boolean nameLike(Tok t) {
      if (!t.cap() || t.allCaps() || Character.isDigit(t.text.charAt(0))) {
        return false;
      }
      String l = t.possessive ? t.lower.substring(0, t.lower.length() - 2) : t.lower;
      return !NOT_NAME.contains(l) && !titleWords.contains(l) && !l.contains(".") && l.length() > 1;
    }

    /** Most words of the sentence capitalised: a headline's Title Case, where capitals say nothing. */
    boolean titleCaseAt(int offset) {
      int si = sentenceAt(offset);
      if (si < 0) {
        return false;
      }
      var s = a.sentences().get(si);
      int caps = 0;
      int n = 0;
      for (Tok t : toksIn(s.span().start(), s.span().end())) {
        if (t.lower.length() <= 3 && NOT_NAME.contains(t.lower)) {
          continue;
        }
        n++;
        if (t.cap()) {
          caps++;
        }
      }
      return n >= 4 && caps >= 0.8 * n;
    }

    List<Tok> toksIn(int from, int to) {
      List<Tok> out = new ArrayList<>();
      for (int i = firstTokAtOrAfter(from); i < toks.size() && toks.get(i).start < to; i++) {
        out.add(toks.get(i));
      }
      return out;
    }

    int firstTokAtOrAfter(int offset) {
      int lo = 0;
      int hi = toks.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (toks.get(mid).start < offset) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    /** Index of the token ending at or before {@code offset}, or -1. */
    int lastTokBefore(int offset) {
      int i = firstTokAtOrAfter(offset) - 1;
      while (i >= 0 && toks.get(i).end > offset) {
        i--;
      }
      return i;
    }

    void findPeople() {
      // Pass 1: full names (two to four name-like capitalised words ending a run of capitals).
      List<int[]> fullNames = new ArrayList<>();
      int i = 0;
      while (i < toks.size()) {
        if (!toks.get(i).cap()) {
          i++;
          continue;
        }
        int j = i;
        while (j + 1 < toks.size() && !toks.get(j).possessive && toks.get(j + 1).cap()
            && spaceOnly(toks.get(j).end, toks.get(j + 1).start)) {
          j++;
        }
        int k = j;
        while (k >= i && nameLike(toks.get(k))) {
          k--;
        }
        int first = k + 1;
        int n = j - first + 1;
        if (n >= 2 && n <= 4 && !titleCaseAt(toks.get(first).start)) {
          fullNames.add(new int[] {first, j});
        }
        i = j + 1;
      }
      for (int[] fn : fullNames) {
        String name = join(fn[0], fn[1]);
        String key = name.toLowerCase(Locale.ROOT);
        PersonB p = people.computeIfAbsent(key, k -> new PersonB(k, name, false));
        if (name.length() > p.name.length()) {
          p.name = name;
        }
      }
      // Surname index: a surname shared by two people resolves to the nearest full mention before it.
      Map<String, List<PersonB>> bySurname = new HashMap<>();
      for (PersonB p : people.values()) {
        bySurname.computeIfAbsent(p.surname(), k -> new ArrayList<>()).add(p);
      }
      Set<Integer> covered = new HashSet<>();
      for (int[] fn : fullNames) {
        String key = join(fn[0], fn[1]).toLowerCase(Locale.ROOT);
        addMention(key, fn[0], fn[1]);
        for (int t = fn[0]; t <= fn[1]; t++) {
          covered.add(t);
        }
      }
      // Pass 2: a single name after a title ("President Trump") introduces a person known by one name.
      for (int t = 0; t < toks.size(); t++) {
        if (covered.contains(t) || !nameLike(toks.get(t))) {
          continue;
        }
        String bare = toks.get(t).bare().toLowerCase(Locale.ROOT);
        if (!bySurname.containsKey(bare) && titleBefore(toks.get(t).start) != null && !titleCaseAt(toks.get(t).start)) {
          PersonB p = new PersonB(bare, toks.get(t).bare(), false);
          people.put(bare, p);
          bySurname.computeIfAbsent(bare, k -> new ArrayList<>()).add(p);
        }
      }
      // Pass 3: every single name-like word that is a known surname is a mention of that person.
      for (int t = 0; t < toks.size(); t++) {
        if (covered.contains(t) || !nameLike(toks.get(t))) {
          continue;
        }
        List<PersonB> cands = bySurname.get(toks.get(t).bare().toLowerCase(Locale.ROOT));
        if (cands != null) {
          addMention(nearestBefore(cands, toks.get(t).start), t, t);
        }
      }
    }

    /** Of people sharing a surname, the one named in full last before {@code offset} (else the first). */
    String nearestBefore(List<PersonB> cands, int offset) {
      if (cands.size() == 1) {
        return cands.get(0).key;
      }
      String best = cands.get(0).key;
      int bestAt = -1;
      for (Mention m : mentions) {
        if (m.start() < offset && m.start() > bestAt) {
          for (PersonB p : cands) {
            if (p.key.equals(m.person())) {
              best = p.key;
              bestAt = m.start();
            }
          }
        }
      }
      return best;
    }

    String join(int from, int to) {
      Tok last = toks.get(to);
      return text.substring(toks.get(from).start, last.possessive ? last.end - 2 : last.end);
    }

    void addMention(String key, int from, int to) {
      Tok f = toks.get(from);
      Tok l = toks.get(to);
      int end = l.possessive ? l.end - 2 : l.end;
      int[] role = roleOf(from, to);
      String roleText = null;
      if (role != null) {
        roleText = text.substring(role[0], role[1]).strip();
        if (!quoted(f.start) && !titleCaseAt(f.start)) {
          people.get(key).roles.add(normaliseRole(roleText));
        }
      }
      Mention m = new Mention(key, f.start, end, text.substring(f.start, end), roleText,
          role == null ? -1 : role[0], role == null ? -1 : role[1], quoted(f.start));
      mentions.add(m);
      mentionByEndTok.put(to, m);
      mentionByStartTok.put(from, m);
    }

    String normaliseRole(String r) {
      String s = WHITESPACE.matcher(r).replaceAll(" ");
      s = s.replaceFirst("^(?i)(the|a|an)\\s+", "");
      return s;
    }

    /** The longest title ending just before {@code offset} (a space between), or null. */
    LexiconMatcher.Match titleBefore(int offset) {
      LexiconMatcher.Match best = null;
      for (LexiconMatcher.Match m : titles) {
        if (m.end() <= offset && spaceOnly(m.end(), offset) && m.end() < offset
            && (best == null || m.start() < best.start())) {
          best = m;
        }
      }
      return best;
    }

    /** The role at a mention spanning tokens {@code [from, to]}: [start, end) or null. */
    int[] roleOf(int from, int to) {
      Tok f = toks.get(from);
      LexiconMatcher.Match title = titleBefore(f.start);
      if (title != null) {
        return new int[] {extendLeft(title.start()), title.end()};
      }
      // "special envoy, Steve Witkoff," : a title and a comma before the name, a comma after it.
      int before = f.start - 1;
      while (before >= 0 && text.charAt(before) == ' ') {
        before--;
      }
      Tok l = toks.get(to);
      if (before >= 0 && text.charAt(before) == ',' && l.end < text.length() && text.charAt(l.end) == ',') {
        LexiconMatcher.Match t = null;
        for (LexiconMatcher.Match m : titles) {
          if (m.end() == before && (t == null || m.start() < t.start())) {
            t = m;
          }
        }
        if (t != null) {
          return new int[] {extendLeft(t.start()), t.end()};
        }
      }
      // "Rustem Umerov, Ukraine's defence minister, said": an appositive holding a title.
      if (!l.possessive && l.end + 1 < text.length() && text.charAt(l.end) == ',') {
        int start = l.end + 1;
        while (start < text.length() && text.charAt(start) == ' ') {
          start++;
        }
        int end = start;
        int words = 0;
        while (end < text.length() && ",.;:\n()\"“”".indexOf(text.charAt(end)) < 0) {
          if (text.charAt(end) == ' ') {
            words++;
          }
          end++;
        }
        if (end < text.length() && text.charAt(end) == ',' && words <= 6 && end > start) {
          String phrase = text.substring(start, end);
          String lower = phrase.toLowerCase(Locale.ROOT);
          if (!RELATIVE_OR_SAYING.matcher(lower).matches()) {
            for (LexiconMatcher.Match m : titles) {
              if (m.start() >= start && m.end() == end) {
                return new int[] {start, end};
              }
            }
          }
        }
      }
      return null;
    }

    /** Extends a title leftwards over capitalised words, modifiers and one possessive. */
    int extendLeft(int start) {
      int s = start;
      int i = lastTokBefore(start);
      int taken = 0;
      while (i >= 0 && taken < 4 && spaceOnly(toks.get(i).end, s)) {
        Tok t = toks.get(i);
        boolean ok = t.possessive || MODIFIERS.contains(t.lower)
            || t.cap() && !NOT_NAME.contains(t.lower) || t.allCaps()
            || t.cap() && isNationalityOrPlace(t.lower);
        if (!ok || t.cap() && sentenceStartOrFunction(t)) {
          break;
        }
        s = t.start;
        taken++;
        if (t.possessive) {
          break;
        }
        i--;
      }
      return s;
    }

    boolean isNationalityOrPlace(String lower) {
      return lower.endsWith("ian") || lower.endsWith("ese") || lower.endsWith("ish") || lower.equals("french")
          || lower.equals("white") || lower.equals("house") || lower.equals("us") || lower.equals("u.s")
          || lower.equals("israeli") || lower.equals("iraqi") || lower.equals("afghan") || lower.equals("kremlin")
          || lower.equals("american") || lower.equals("european") || lower.equals("state") || lower.equals("press")
          || lower.equals("defence") || lower.equals("defense") || lower.equals("foreign") || lower.equals("saudi");
    }

    boolean sentenceStartOrFunction(Tok t) {
      return t.lower.equals("the") || t.lower.equals("a") || t.lower.equals("an") || NOT_NAME.contains(t.lower)
          && !isNationalityOrPlace(t.lower) && !MODIFIERS.contains(t.lower);
    }

    // ---------------------------------------------------------------- subjects of verbs of saying

    /**
     * The person a he/she at {@code offset} refers to: the subject (first named person after any
     * leading subordinate clause) of its own sentence before it, else of the nearest sentence
     * before it that names someone, outside quotations.
     */
    String resolvePronoun(int offset) {
      int si = sentenceAt(offset);
      if (si < 0) {
        return null;
      }
      Mention m = subjectMention(si, offset);
      for (int k = si - 1; m == null && k >= 0 && k >= si - 4; k--) {
        m = subjectMention(k, Integer.MAX_VALUE);
      }
      return m == null ? null : m.person();
    }

    /** The first person (not an institution) named in sentence {@code si} before {@code limit}, after a leading subordinate clause. */
    Mention subjectMention(int si, int limit) {
      var span = a.sentences().get(si).span();
      int from = clauseStart(span.start(), span.end());
      Mention first = null;
      for (Mention m : mentions) {
        if (m.start() >= span.start() && m.end() <= Math.min(limit, span.end()) && !m.quoted()
            && !people.get(m.person()).institution) {
          if (m.start() >= from) {
            return m;
          }
          if (first == null) {
            first = m;
          }
        }
      }
      return first;
    }

    /** Where the main clause starts: after the first comma when the sentence opens with a subordinator. */
    int clauseStart(int start, int end) {
      int i = firstTokAtOrAfter(start);
      if (i < toks.size() && SUBORDINATORS.contains(toks.get(i).lower)) {
        int c = text.indexOf(',', toks.get(i).end);
        if (c > 0 && c < end) {
          return c + 1;
        }
      }
      return start;
    }

    Subject subjectOf(LexiconMatcher.Match cue) {
      String term = cue.entry().term().toLowerCase(Locale.ROOT);
      if (term.equals("according to")) {
        return objectAfter(cue.end(), "according-to");
      }
      Subject left = subjectLeft(cue.start());
      if (left != null) {
        return left;
      }
      // Inversion after a quotation: '"…," said Peskov'.
      int b = cue.start() - 1;
      while (b >= 0 && text.charAt(b) == ' ') {
        b--;
      }
      boolean afterQuote = b >= 0 && "”\"’'»".indexOf(text.charAt(b)) >= 0
          || b >= 1 && text.charAt(b) == ',' && "”\"’'»".indexOf(text.charAt(b - 1)) >= 0;
      if (afterQuote) {
        Subject right = objectAfter(cue.end(), "after");
        if (right != null && (right.person() != null || right.vague())) {
          return right;
        }
      }
      // A participle ("…, saying she would …", "calling the talks …"): the subject of the clause.
      return clauseSubject(cue.start());
    }

    /** The noun phrase right after {@code offset}: a person, a vague source or an institution. */
    Subject objectAfter(int offset, String how) {
      int i = firstTokAtOrAfter(offset);
      int skipped = 0;
      while (i < toks.size() && skipped < 2 && (toks.get(i).lower.equals("the") || toks.get(i).lower.equals("a"))) {
        i++;
        skipped++;
      }
      if (i >= toks.size() || sentenceAt(toks.get(i).start) != sentenceAt(offset)) {
        return null;
      }
      // a person named within the next few words (titles in between: "said Kremlin spokesman Dmitry Peskov")
      // a person named within the next few words, titles and their modifiers in between
      // ("said transport secretary Helen Ward", "said Kremlin spokesman Dmitry Peskov")
      for (int k = i; k < Math.min(toks.size(), i + 6); k++) {
        if (k > i && !spaceOnly(toks.get(k - 1).end, toks.get(k).start)) {
          break;
        }
        Mention m = mentionByStartTok.get(k);
        if (m != null) {
          return new Subject(m.person(), how, false);
        }
        if (FUNCTION.contains(toks.get(k).lower) || VAGUE_HEADS.contains(toks.get(k).lower)) {
          break;
        }
      }
      Tok t = toks.get(i);
      if (PRONOUNS.contains(t.lower)) {
        return new Subject(resolvePronoun(t.start), "pronoun", false);
      }
      // a vague source: "according to local reports", "according to sources"
      for (int k = i; k < Math.min(toks.size(), i + 4); k++) {
        if (VAGUE_HEADS.contains(toks.get(k).lower) && sentenceAt(toks.get(k).start) == sentenceAt(offset)) {
          int e = toks.get(k).end;
          // "people familiar with the matter": the phrase runs on to its object
          if (k + 1 < toks.size() && toks.get(k + 1).lower.equals("familiar")) {
            int stop = Math.min(toks.size() - 1, k + 5);
            for (int x = k + 1; x <= stop; x++) {
              e = toks.get(x).end;
              if (DISCUSSION_NOUN.matcher(toks.get(x).lower).matches()) {
                break;
              }
            }
          }
          return new Subject(null, how, true, -1, e);
        }
      }
      // an institution: "according to the ministry's statement", "according to the Kremlin"
      int k = i;
      StringBuilder sb = new StringBuilder();
      while (k < toks.size() && k < i + 4 && (k == i || spaceOnly(toks.get(k - 1).end, toks.get(k).start))) {
        Tok x = toks.get(k);
        sb.append(sb.length() == 0 ? "" : " ").append(x.bare());
        if (x.possessive || !x.cap() && k > i) {
          break;
        }
        k++;
        if (!x.cap()) {
          break;
        }
      }
      if (sb.length() == 0 || !t.cap() && !isInstitutionNoun(t.lower) && !(i > 0 && toks.get(i - 1).lower.equals("the"))) {
        return null;
      }
      return new Subject(institution(sb.toString()), how, false);
    }

    String institution(String name) {
      String key = name.toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
      PersonB p = people.get(key);
      if (p == null) {
        String display = name.replaceFirst("^(?i)the ", "");
        p = new PersonB(key, display, true);
        people.put(key, p);
      }
      return p.key;
    }

    /** The subject just left of a verb of saying, skipping time words and auxiliaries. */
    Subject subjectLeft(int offset) {
      int i = lastTokBefore(offset);
      int p = offset;
      int skipped = 0;
      int sentence = sentenceAt(offset);
      while (i >= 0 && skipped <= 4) {
        Tok t = toks.get(i);
        if (sentenceAt(t.start) != sentence || !gapOk(t.end, p)) {
          return null;
        }
        Mention m = mentionByEndTok.get(i);
        if (m != null) {
          return new Subject(m.person(), "before", false);
        }
        if (PRONOUNS.contains(t.lower)) {
          return new Subject(resolvePronoun(t.start), "pronoun", false);
        }
        if (VAGUE_HEADS.contains(t.lower)) {
          return new Subject(null, "vague", true, vagueStart(i), -1);
        }
        if (t.lower.equals("who") && skipped == 0) {
          p = t.start; // "a military source who said": the relative pronoun's antecedent speaks
          i--;
          skipped++;
          continue;
        }
        if (BETWEEN.contains(t.lower) && !t.cap()) {
          skipped++;
          p = t.start;
          i--;
          continue;
        }
        if (BETWEEN.contains(t.lower) && t.cap() && isDay(t.lower)) {
          skipped++;
          p = t.start;
          i--;
          continue;
        }
        if (t.cap() || t.allCaps()) {
          // a run of capitals: an institution ("The White House", "the Kremlin", "Ukraine")
          int j = i;
          while (j - 1 >= 0 && (toks.get(j - 1).cap() || toks.get(j - 1).allCaps())
              && spaceOnly(toks.get(j - 1).end, toks.get(j).start) && !toks.get(j - 1).lower.equals("the")) {
            j--;
          }
          String run = text.substring(toks.get(j).start, t.end);
          String first = toks.get(j).lower;
          if (j == i && NOT_NAME.contains(first) && !isInstitutionWord(first)) {
            return null;
          }
          if (NOT_NAME.contains(first) && !isInstitutionWord(first) && !isNationalityOrPlace(first)) {
            run = text.substring(toks.get(j + 1 <= i ? j + 1 : j).start, t.end);
          }
          return new Subject(institution(run), "before", false);
        }
        if (titleWords.contains(t.lower) || isInstitutionNoun(t.lower)) {
          // "the envoy said", "the ministry said", "the Russian leader said"
          Subject d = describedSubject(i);
          return d != null ? d : nounPhrase(i);
        }
        return nounPhrase(i);
      }
      return null;
    }

    /**
     * A common-noun subject ending at token {@code head}: "a monitoring group", "the 14th-ranked
     * Schwartzman", "Fifty-one percent". It names who speaks without a name: an institution-like
     * speaker keyed by the phrase. Null when the words before the verb are not a noun phrase.
     */
    Subject nounPhrase(int head) {
      Tok h = toks.get(head);
      if (FUNCTION.contains(h.lower) || h.lower.endsWith("ly") || Character.isDigit(h.text.charAt(0))) {
        return null;
      }
      int j = head;
      boolean determined = false;
      while (j - 1 >= 0 && head - j < 4 && spaceOnly(toks.get(j - 1).end, toks.get(j).start)) {
        Tok t = toks.get(j - 1);
        if (DETERMINERS.contains(t.lower)) {
          j--;
          determined = true;
          break;
        }
        if (FUNCTION.contains(t.lower) || t.lower.endsWith("ed") && !t.cap()) {
          break;
        }
        j--;
      }
      boolean capitalStart = toks.get(j).cap();
      if (!determined && !capitalStart) {
        return null;
      }
      if (j - 1 >= 0 && PREPOSITIONS.contains(toks.get(j - 1).lower) && spaceOnly(toks.get(j - 1).end, toks.get(j).start)) {
        return null; // "Zelensky for his part warned": a prepositional phrase, not the subject
      }
      String np = text.substring(toks.get(j).start, h.end);
      return new Subject(institution(np.replaceFirst("^(?i)(the|a|an)\\s+", "")), "before", false);
    }

    /** Where a vague subject ending at token {@code head} starts: "two senior US officials" → "two". */
    int vagueStart(int head) {
      int j = head;
      while (j - 1 >= 0 && j > head - 4 && spaceOnly(toks.get(j - 1).end, toks.get(j).start)) {
        Tok t = toks.get(j - 1);
        if (t.lower.equals("the") || t.lower.equals("a") || t.lower.equals("an") || t.cap() || t.allCaps()
            || MODIFIERS.contains(t.lower) || QUANTIFIER.matcher(t.lower).matches()) {
          j--;
          if (t.lower.equals("the") || t.lower.equals("a") || t.lower.equals("an")) {
            break;
          }
        } else {
          break;
        }
      }
      return toks.get(j).start;
    }

    boolean isDay(String l) {
      return l.endsWith("day") && l.length() > 5;
    }

    boolean isInstitutionWord(String l) {
      return INSTITUTION_WORDS.contains(l);
    }

    boolean isInstitutionNoun(String l) {
      return INSTITUTION_NOUNS.contains(l);
    }

    boolean gapOk(int from, int to) {
      for (int k = from; k < to; k++) {
        char c = text.charAt(k);
        if (c != ' ' && c != '\u00a0' && c != ',') {
          return false;
        }
      }
      return true;
    }

    /** "the envoy", "the Russian leader": the last person whose role shares the head word, else an institution. */
    Subject describedSubject(int headTok) {
      Tok head = toks.get(headTok);
      int j = headTok;
      while (j - 1 >= 0 && spaceOnly(toks.get(j - 1).end, toks.get(j).start)
          && !toks.get(j - 1).lower.equals("the") && j > headTok - 3) {
        j--;
      }
      boolean definite = j - 1 >= 0 && toks.get(j - 1).lower.equals("the");
      String adj = j < headTok ? toks.get(j).lower : null;
      if (titleWords.contains(head.lower)) {
        String tag = titleTag(head.lower);
        Mention best = null;
        for (Mention m : mentions) {
          if (m.end() > head.start || m.quoted()) {
            continue;
          }
          PersonB p = people.get(m.person());
          boolean match = false;
          for (String r : p.roles) {
            String rl = r.toLowerCase(Locale.ROOT);
            boolean headOk = rl.contains(head.lower) || "leader".equals(tag) && leaderRole(rl);
            boolean adjOk = adj == null || rl.contains(adj) || adj.startsWith(rl.split(" ")[0].replace("’s", ""));
            if (headOk && adjOk) {
              match = true;
            }
          }
          if (match && (best == null || m.start() > best.start())) {
            best = m;
          }
        }
        if (best != null) {
          return new Subject(best.person(), "before", false);
        }
        if (!definite) {
          return null;
        }
      }
      if (isInstitutionNoun(head.lower) && definite) {
        return new Subject(institution(text.substring(toks.get(j - 1).start, head.end)), "before", false);
      }
      return null;
    }

    String titleTag(String word) {
      for (LexiconMatcher.Match m : titles) {
        if (m.entry().term().equalsIgnoreCase(word)) {
          return m.entry().tag();
        }
      }
      return word.equals("leader") ? "leader" : "";
    }

    boolean leaderRole(String role) {
      return role.contains("president") || role.contains("prime minister") || role.contains("chancellor")
          || role.contains("leader") || role.contains("premier") || role.contains("king");
    }

    /** The subject of the clause holding {@code offset}: the first person named in the sentence before it. */
    Subject clauseSubject(int offset) {
      int si = sentenceAt(offset);
      if (si < 0) {
        return null;
      }
      int s = a.sentences().get(si).span().start();
      for (LexiconMatcher.Match v : verbs) {
        if (v.start() >= s && v.end() <= offset && usableVerb(v) && v.start() < offset) {
          Subject sub = subjectLeft(v.start());
          if (sub != null) {
            return sub;
          }
        }
      }
      int from = clauseStart(s, offset);
      Mention first = null;
      for (Mention m : mentions) {
        if (m.start() >= s && m.end() <= offset && !m.quoted()) {
          if (m.start() >= from) {
            return new Subject(m.person(), "before", false);
          }
          if (first == null) {
            first = m;
          }
        }
      }
      if (first != null) {
        return new Subject(first.person(), "before", false);
      }
      for (Tok t : toksIn(s, offset)) {
        if (PRONOUNS.contains(t.lower) && !quoted(t.start)) {
          return new Subject(resolvePronoun(t.start), "pronoun", false);
        }
      }
      // "The Russian leader has signaled …, calling …": a described subject opening the sentence
      List<Tok> ts = toksIn(s, offset);
      for (int k = 0; k < Math.min(ts.size(), 4); k++) {
        Tok t = ts.get(k);
        if (titleWords.contains(t.lower) && !t.cap()) {
          int idx = toks.indexOf(t);
          Subject d = describedSubject(idx);
          if (d != null) {
            return d;
          }
        }
      }
      return null;
    }

    // ---------------------------------------------------------------- quotations

    boolean usableVerb(LexiconMatcher.Match v) {
      String term = v.entry().term().toLowerCase(Locale.ROOT);
      if (Character.isUpperCase(text.charAt(v.start())) && !titleCaseAt(v.start())) {
        return false; // "the United States", "Says Who": a name, not a verb (headlines are Title Case)
      }
      if (term.startsWith("call")) {
        int i = firstTokAtOrAfter(v.end());
        if (i < toks.size() && CALL_PARTICLES.contains(toks.get(i).lower)) {
          return false;
        }
      }
      int prev = lastTokBefore(v.start());
      if (prev >= 0 && NOUN_BEFORE.contains(toks.get(prev).lower) && spaceOnly(toks.get(prev).end, v.start())) {
        return false; // "such claims", "his admission": a noun, not a verb of saying
      }
      if (term.endsWith("ed") || term.equals("said") || term.equals("told")) {
        // a passive ("is said to", "have been accused of") names no speaker before the verb
        int i = lastTokBefore(v.start());
        if (i >= 0 && PASSIVE.contains(toks.get(i).lower)) {
          return false;
        }
      }
      return true;
    }

    List<LexiconMatcher.Match> cuesIn(int from, int to) {
      List<LexiconMatcher.Match> out = new ArrayList<>();
      for (LexiconMatcher.Match v : verbs) {
        if (v.start() >= from && v.end() <= to && usableVerb(v)) {
          out.add(v);
        }
      }
      return out;
    }

    List<Attribution> attributeQuotes() {
      List<Attribution> out = new ArrayList<>();
      String lastSpeaker = null;
      int lastSpeakerParagraph = -10;
      boolean lastVague = false;
      for (Quote q : a.quotes()) {
        Attribution at = attribute(q, lastSpeaker, lastSpeakerParagraph);
        if (at.how().equals("none") && lastVague && lastSpeakerParagraph == q.paragraph()
            && q.span().start() > firstNonSpace(a.paragraphs().get(q.paragraph()).span().start())) {
          // a second quotation in the paragraph of an unnamed source's quotation: the same source
          at = new Attribution(q.index(), null, "vague", q.span().start(), q.span().start());
        }
        out.add(at);
        if (at.person() != null || at.how().equals("vague")) {
          lastSpeaker = at.person();
          lastVague = at.person() == null;
          lastSpeakerParagraph = q.paragraph();
        }
      }
      return out;
    }

    Attribution attribute(Quote q, String lastSpeaker, int lastSpeakerParagraph) {
      int qs = q.span().start();
      int qe = q.span().end();
      int s0 = sentenceAt(qs);
      int s1 = sentenceAt(Math.max(qs, qe - 1));
      if (s0 < 0) {
        return new Attribution(q.index(), null, "none", -1, -1);
      }
      if (s1 < 0) {
        s1 = s0;
      }
      int from = a.sentences().get(s0).span().start();
      int to = a.sentences().get(s1).span().end();
      Paragraph para = a.paragraphs().get(q.paragraph());
      from = Math.max(from, para.span().start());
      to = Math.min(to, para.span().end());
      List<LexiconMatcher.Match> cues = cuesIn(from, to);
      LexiconMatcher.Match after = null;
      LexiconMatcher.Match before = null;
      // after the quotation, the speaker may stand in the next sentence ('"…!" Trump tweeted.')
      for (LexiconMatcher.Match c : cuesIn(qe, Math.min(para.span().end(), qe + 210))) {
        if (adjacentAfter(qe, c.start())) {
          after = c;
          break;
        }
      }
      for (LexiconMatcher.Match c : cues) {
        if (c.end() <= qs && !quoteBetween(c.end(), qs)) {
          before = c;
        }
      }
      // The closest cue wins; a cue right after a quotation ending in a comma is its own.
      LexiconMatcher.Match cue = null;
      if (after != null && (before == null || endsWithComma(q) || after.start() - qe < qs - before.end())) {
        cue = after;
      } else if (before != null) {
        cue = before;
      } else if (after != null) {
        cue = after;
      }
      if (cue != null) {
        Subject sub = subjectOf(cue);
        if (sub != null && (sub.person() != null || sub.vague())) {
          String how = sub.vague() ? "vague" : howOf(cue, sub, cue == after, from, to);
          return new Attribution(q.index(), sub.person(), how, cue.start(), cue.end());
        }
      }
      // a vague source in the sentence: "…, according to local reports"
      for (LexiconMatcher.Match v : vague) {
        if (v.start() >= from && v.end() <= to && !v.entry().tag().equals("legal")) {
          return new Attribution(q.index(), null, "vague", v.start(), v.end());
        }
      }
      boolean alone = aloneInParagraph(q, para);
      boolean paragraphStart = q.span().start() <= firstNonSpace(para.span().start());
      if ((alone || q.continued() || !paragraphStart && lastSpeakerParagraph == q.paragraph())
          && lastSpeaker != null && q.paragraph() - lastSpeakerParagraph <= 2) {
        return new Attribution(q.index(), lastSpeaker, "continuation", qs, qs);
      }
      if (alone || q.continued()) {
        String prev = lastSpeakerBefore(para);
        if (prev != null) {
          return new Attribution(q.index(), prev, "continuation", qs, qs);
        }
      }
      if (q.wordCount() <= 8) {
        Subject sub = clauseSubject(qs);
        if (sub == null || sub.person() == null) {
          sub = leadingSubject(qs);
        }
        if (sub != null && sub.person() != null) {
          return new Attribution(q.index(), sub.person(), "partial", qs, qs);
        }
      }
      return new Attribution(q.index(), null, "none", -1, -1);
    }

    /** "The Pentagon rejected these accusations as …": a capitalised name opening the main clause. */
    Subject leadingSubject(int offset) {
      int si = sentenceAt(offset);
      if (si < 0) {
        return null;
      }
      var span = a.sentences().get(si).span();
      int i = firstTokAtOrAfter(clauseStart(span.start(), span.end()));
      if (i < toks.size() && toks.get(i).lower.equals("the")) {
        i++;
      }
      int j = i;
      while (j < toks.size() && toks.get(j).start < offset && (toks.get(j).cap() || toks.get(j).allCaps())
          && !NOT_NAME.contains(toks.get(j).lower) && !VAGUE_HEADS.contains(toks.get(j).lower)
          && (j == i || spaceOnly(toks.get(j - 1).end, toks.get(j).start))) {
        j++;
      }
      if (j == i || j >= toks.size() || toks.get(j).cap()) {
        return null;
      }
      return new Subject(institution(text.substring(toks.get(i).start, toks.get(j - 1).end)), "before", false);
    }

    /** The speaker of the last verb of saying in the paragraphs before {@code para} (indirect speech counts). */
    String lastSpeakerBefore(Paragraph para) {
      for (int pi = para.index() - 1; pi >= Math.max(0, para.index() - 2); pi--) {
        Paragraph p = a.paragraphs().get(pi);
        String found = null;
        for (LexiconMatcher.Match v : cuesIn(p.span().start(), p.span().end())) {
          Subject s = subjectOf(v);
          if (s != null && s.person() != null) {
            found = s.person();
          }
        }
        if (found != null) {
          return found;
        }
        if (!ADVERTISEMENT.matcher(p.span().of(text).strip()).matches()) {
          return null;
        }
      }
      return null;
    }

    String howOf(LexiconMatcher.Match cue, Subject sub, boolean afterQuote, int from, int to) {
      String term = cue.entry().term().toLowerCase(Locale.ROOT);
      if (term.equals("according to")) {
        return "according-to";
      }
      if (text.substring(from, to).toLowerCase(Locale.ROOT).contains("statement")) {
        return "statement";
      }
      if (sub.how().equals("pronoun")) {
        return "pronoun";
      }
      return afterQuote ? "after" : "before";
    }

    /**
     * A verb of saying right after a quotation: at most twelve words between them (the speaker,
     * with a title or an appositive), no other quotation and no end of sentence in between.
     */
    boolean adjacentAfter(int qe, int cue) {
      if (cue - qe > 200 || quoteBetween(qe, cue)) {
        return false;
      }
      List<Tok> between = toksIn(qe, cue);
      if (between.size() > 20) {
        return false;
      }
      int k = qe;
      for (Tok t : between) {
        if (!punctuationOk(k, t.start)) {
          return false;
        }
        k = t.end;
      }
      return punctuationOk(k, cue);
    }

    private boolean punctuationOk(int from, int to) {
      for (int i = from; i < to; i++) {
        if (".!?;:\n".indexOf(text.charAt(i)) >= 0) {
          return false;
        }
      }
      return true;
    }

    boolean endsWithComma(Quote q) {
      String t = q.text().strip();
      int e = q.span().end();
      return t.endsWith(",") || e < text.length() && text.charAt(e) == ',';
    }

    boolean quoteBetween(int from, int to) {
      for (Quote o : a.quotes()) {
        if (o.span().start() >= from && o.span().end() <= to) {
          return true;
        }
      }
      return false;
    }

    int firstNonSpace(int from) {
      int i = from;
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      return i;
    }

    boolean aloneInParagraph(Quote q, Paragraph para) {
      String before = text.substring(para.span().start(), q.span().start());
      String after = text.substring(q.span().end(), para.span().end());
      return before.strip().isEmpty() && CLOSING_MARKS.matcher(after).replaceAll("").isEmpty();
    }

    // ---------------------------------------------------------------- statements

    List<Statement> statements() {
      List<Statement> out = new ArrayList<>();
      for (LexiconMatcher.Match v : verbs) {
        if (!usableVerb(v)) {
          continue;
        }
        int si = sentenceAt(v.start());
        if (si < 0) {
          continue;
        }
        Subject s = subjectOf(v);
        boolean vagueSubject = s != null && s.vague();
        if (vagueSubject && v.entry().term().endsWith("ing") && subjectLeft(v.start()) == null) {
          continue; // "…, adding that …": the same vague source as the clause's own verb
        }
        int cs = vagueSubject && s.start() >= 0 && sentenceAt(s.start()) == si ? s.start() : v.start();
        int ce = vagueSubject && s.end() > v.end() ? s.end() : v.end();
        out.add(new Statement(si, s == null ? null : s.person(), text.substring(cs, ce), cs, ce, vagueSubject));
      }
      for (LexiconMatcher.Match v : vague) {
        int si = sentenceAt(v.start());
        if (si < 0 || v.entry().tag().equals("legal")) {
          continue;
        }
        out.add(new Statement(si, null, text.substring(v.start(), v.end()), v.start(), v.end(), true));
      }
      out.sort((x, y) -> x.cueStart() != y.cueStart() ? Integer.compare(x.cueStart(), y.cueStart())
          : Integer.compare(y.cueEnd(), x.cueEnd()));
      List<Statement> kept = new ArrayList<>();
      for (Statement st : out) {
        Statement prev = kept.isEmpty() ? null : kept.get(kept.size() - 1);
        if (prev != null && st.cueStart() < prev.cueEnd()) {
          if (st.cueEnd() - st.cueStart() > prev.cueEnd() - prev.cueStart()) {
            kept.set(kept.size() - 1, st);
          }
          continue;
        }
        kept.add(st);
      }
      return kept;
    }
  }
}
