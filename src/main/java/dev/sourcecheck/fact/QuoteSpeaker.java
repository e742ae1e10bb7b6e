package dev.sourcecheck.fact;

/**
 * Who a direct quotation is attributed to (see {@link dev.sourcecheck.attribution.Attribution}):
 * {@code quote} is the quotation's index, {@code start}/{@code end} its span with the marks,
 * {@code person} the speaker's key and {@code name}/{@code role} their fullest name and first
 * role (all null when no speaker was found), {@code how} how the speaker was found ({@code none}
 * when not). {@code kind} is the paragraph kind (HEADLINE, DECK, BODY); {@code lowerStart} is true
 * when the quoted words start with a lower-case letter (a phrase, not a title or a sentence);
 * {@code soCalled} when "so-called" stands right before it; {@code titleCase} when most of its words
 * are capitalised (a title or a name of a thing: “Orange Is the New Black”).
 */
public record QuoteSpeaker(
    String article, int quote, int start, int end, String text, int words, int line, int sentence, String kind,
    String person, String name, String role, String how, int cueStart, int cueEnd, boolean continued,
    boolean lowerStart, boolean soCalled, boolean titleCase) {
  public boolean attributed() {
    return !"none".equals(how);
  }
}
