package dev.sourcecheck.attribution;

/**
 * Organisation names that hold a lower-case joiner ({@code org-joiners}) after an organisation
 * noun: "Department of Education", "Institute for Fiscal Studies", "Council on Foreign Relations",
 * and where such a run stops being the organisation ("… Relations National Executive Director
 * Nihad Awad"). Stateless.
 */
final class OrgNames {
  private OrgNames() {}

  /** Capitalised words after the joiner that an organisation's name holds ("of Homeland Security"). */
  private static final int MAX_AFTER = 4;

  /**
   * Word {@code k} joins an organisation noun before it to the capitalised words after it ({@code
   * org-joiners}); a day, a month or a function word after it ("the Crown Court on Tuesday") ends the name.
   */
  static boolean joiner(ArticleIndex x, int k) {
    return k + 1 < x.size && x.spaced(k) && !x.capitalised(k) && x.is(k, Lists.ORG_JOINERS) && x.capitalised(k - 1)
        && x.is(k - 1, Lists.ORGS) && !"calendar".equals(x.tag(k + 1, Lists.NAME_STOP)) && x.function(k + 1) == null;
  }

  /**
   * Where the run {@code [i, j]} holding an organisation noun joined to the words after it ("Bank of
   * England") stops being the organisation: the first role (with its modifiers), honorific or given
   * name after the joiner; {@code j + 1} when the organisation is the whole run; -1 when there is no
   * joiner, or more capitalised words follow it than a name holds (a name of its own may be among
   * them: "University of Nottingham Vice Chancellor Shearer West").
   */
  static int end(ArticleIndex x, int i, int j) {
    for (int k = i + 1; k < j; k++) {
      if (joiner(x, k)) {
        for (int r = k + 2; r <= j; r++) {
          if (personFrom(x, r, j)) {
            return r;
          }
        }
        return j - k <= MAX_AFTER ? j + 1 : -1;
      }
    }
    return -1;
  }

  /**
   * A person's part of the run {@code [.., j]} starts at word {@code r}: a role (with its modifiers:
   * "National Executive Director"), an honorific or a given name. What follows an organisation's
   * name in a run is then that person ("Bank of England Governor Andrew Bailey", "UN Ambassador John
   * Bolton").
   */
  static boolean personFrom(ArticleIndex x, int r, int j) {
    return x.from(r, Lists.ROLES) != null || x.is(r, Lists.HONORIFICS) || x.is(r, Lists.FIRST_NAMES)
        || modifiedRole(x, r, j);
  }

  /** Words from {@code r} on are role modifiers before a role within the run ("National Executive Director"). */
  private static boolean modifiedRole(ArticleIndex x, int r, int j) {
    int k = r;
    while (k < j && x.is(k, Lists.ROLE_MODIFIERS)) {
      k++;
    }
    return k > r && x.from(k, Lists.ROLES) != null;
  }
}
