package dev.sourcecheck.attribution;

import java.util.List;

/**
 * The names of the word lists ({@code rules/lexicons/NAME.txt}) the attribution model reads, and
 * nothing else: every word it knows is data in those files.
 */
final class Lists {
  private Lists() {}

  static final String VERBS = "reporting-verbs";
  static final String ROLES = "roles";
  static final String HONORIFICS = "honorifics";
  static final String FIRST_NAMES = "first-names";
  static final String NAME_STOP = "name-stop";
  static final String PARTICLES = "name-particles";
  static final String PLACES = "places";
  static final String ORGS = "org-nouns";
  static final String HEADS = "source-heads";
  static final String ANONYMITY = "anonymity";
  static final String FUNCTION = "function-words";
  static final String ROLE_MODIFIERS = "role-modifiers";
  static final String VAGUE = "vague-sources";
  static final String PASSIVE = "passive-links";
  static final String SHARES = "share-words";
  static final String ROLE_WORDS = "function-roles";
  static final String REPORTS = "speech-reports";
  static final String TAG_VERBS = "speech-tags";
  static final String ORG_JOINERS = "org-joiners";
  static final String SPEECH_NOUNS = "speech-nouns";
  static final String PLACE_PREPOSITIONS = "place-prepositions";
  static final String PARTIES = "parties";
  /** Words before a quoted phrase that say what its marks are for (read by the rules too). */
  static final String INTRODUCERS = "quote-introducers";

  /** A definite article or a demonstrative ({@code function-words} tags {@code det}, {@code dem}). */
  static boolean definite(String tag) {
    return "det".equals(tag) || "dem".equals(tag);
  }

  /** The lists only the model reads (no rule matches them as cues unless a rule names them). */
  static final List<String> MODEL_ONLY =
      List.of(HONORIFICS, FIRST_NAMES, NAME_STOP, PARTICLES, PLACES, ORGS, HEADS, FUNCTION, ROLE_MODIFIERS, PASSIVE,
          ANONYMITY, SHARES, ROLE_WORDS, REPORTS, TAG_VERBS, ORG_JOINERS,
          SPEECH_NOUNS, PLACE_PREPOSITIONS, PARTIES);
}
