package dev.sourcecheck;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.attribution.AttributionModel;
import dev.sourcecheck.attribution.Speakers;
import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.budget.BudgetExceeded;
import dev.sourcecheck.budget.Deadline;
import dev.sourcecheck.budget.Isolation;
import dev.sourcecheck.fact.AttributionFacts;
import dev.sourcecheck.fact.SourceSummary;
import dev.sourcecheck.text.Tokens;
import dev.sourcecheck.lexicon.LexiconMatcher;
import dev.sourcecheck.compare.CrossSource;
import dev.sourcecheck.engine.Findings;
import dev.sourcecheck.engine.RuleBase;
import dev.sourcecheck.engine.RuleRun;
import dev.sourcecheck.fact.FactExtractor;
import dev.sourcecheck.fact.Flag;
import dev.sourcecheck.fact.GluedMarkers;
import dev.sourcecheck.finding.ArticleBody;
import dev.sourcecheck.finding.ArticleSummary;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.InputError;
import dev.sourcecheck.finding.Skipped;
import dev.sourcecheck.parse.ArticleReader;
import dev.sourcecheck.parse.Input;
import dev.sourcecheck.parse.InputCollector;
import dev.sourcecheck.parse.InputException;
import dev.sourcecheck.parse.PublicationDates;
import dev.sourcecheck.parse.html.PageLexicons;
import dev.sourcecheck.score.ScorePass;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Audits articles with one rule base: read → parse → facts → rules → findings → report, in two
 * rule passes: each article's own rules ({@link #auditArticle}), then the cross-source rules over
 * the facts of each story ({@link #crossSource}); the score pass runs last. Build it once and
 * share it: it is immutable and thread-safe, and every pass runs in its own Drools sessions. It never prints and never exits; input problems come back as {@link InputError}s in
 * the report.
 */
public final class Auditor {
  private final RuleBase rules;
  private final AuditOptions options;
  private final PageLexicons pages;
  private final GluedMarkers gluedMarkers;

  public Auditor(RuleBase rules, AuditOptions options) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.options = Objects.requireNonNull(options, "options");
    this.pages = PageLexicons.of(rules.rules().lexicons());
    this.gluedMarkers = GluedMarkers.of(rules.rules().lexicons().get(GluedMarkers.LEXICON));
    // the cross-source lexicons are read by the second pass only: no first-pass facts of them
    this.cueLexicons = FactExtractor.cueLexicons(rules.rules().lexicons().keySet(), rules.rules().drl().values(),
        AttributionModel::modelOnly);
    this.cueLexicons.removeIf(AuditedArticle::crossSource);
  }

  /** The lexicons whose matches become {@code Cue} facts (a list only the attribution model reads does not). */
  private final java.util.Set<String> cueLexicons;

  public RuleBase rules() {
    return rules;
  }

  public AuditOptions options() {
    return options;
  }

  /** Audits files and folders (articles, pages and feeds found recursively); {@code -} reads {@code stdin}. */
  public AuditReport audit(List<String> paths, InputStream stdin) {
    return audit(paths, stdin, Progress.NONE);
  }

  /** As {@link #audit(List, InputStream)}, telling {@code progress} how it goes. */
  public AuditReport audit(List<String> paths, InputStream stdin, Progress progress) {
    InputCollector.Collected c = new InputCollector(options.maxBytes(), stdin, options.inputFormat()).collect(paths);
    return audit(c.inputs(), c.errors(), c.skipped(), progress);
  }

  /** Audits files and folders given as paths (a name the locale cannot decode is still read, by its bytes). */
  public AuditReport auditPaths(List<Path> paths) {
    InputCollector.Collected c = new InputCollector(options.maxBytes(), InputStream.nullInputStream()).collectPaths(paths);
    return audit(c.inputs(), c.errors(), c.skipped());
  }

  /** Audits in-memory articles, keyed by id (in the order given). */
  public AuditReport auditTexts(Map<String, String> texts) {
    List<Input> inputs = new ArrayList<>();
    texts.forEach((id, text) -> inputs.add(new Input(id, id, text.getBytes(StandardCharsets.UTF_8))));
    return audit(inputs, List.of(), List.of());
  }

  /** Audits collected inputs; {@code errors} and {@code skipped} from collecting them are carried into the report. */
  public AuditReport audit(List<Input> inputs, List<InputError> errors, List<Skipped> skipped) {
    return audit(inputs, errors, skipped, Progress.NONE);
  }

  /** As {@link #audit(List, List, List)}, telling {@code progress} how it goes. */
  public AuditReport audit(List<Input> inputs, List<InputError> errors, List<Skipped> skipped, Progress progress) {
    List<InputError> allErrors = new ArrayList<>(errors);
    // each article's whole own work runs isolated under its budget: one that fails or runs over
    // becomes one error, and every other article is still reported
    progress.started(inputs.size());
    List<Object> parsed = inputs.parallelStream().map(this::parseIsolated).toList();
    List<Article> articles = new ArrayList<>();
    Map<String, Input> inputOf = new LinkedHashMap<>();
    for (int k = 0; k < parsed.size(); k++) {
      if (parsed.get(k) instanceof Article a) {
        articles.add(a);
        inputOf.put(a.id(), inputs.get(k));
      } else {
        allErrors.add((InputError) parsed.get(k));
        progress.articleDone();
      }
    }
    // a dateline's day without a year takes the year of the run's other articles
    List<Article> dated = PublicationDates.fromFeed(articles);
    List<Object> audited = dated.parallelStream().map(a -> auditIsolated(inputOf.get(a.id()), a, progress)).toList();
    List<AuditedArticle> results = new ArrayList<>();
    for (Object o : audited) {
      if (o instanceof AuditedArticle r) {
        results.add(r);
      } else {
        allErrors.add((InputError) o);
      }
    }
    Isolation.Outcome<List<Flag>> crossSource = Isolation.guard(CROSS_SOURCE, () -> crossSource(results));
    if (crossSource.failed()) {
      allErrors.add(crossSource.error());
    }
    progress.finished();
    return report(results, crossSource.failed() ? List.of() : crossSource.value(), allErrors, skipped);
  }

  /**
   * The second rule pass: the cross-source rules over the facts of each story of the audited
   * articles (stories in parallel, one session each).
   */
  public List<Flag> crossSource(List<AuditedArticle> audited) {
    List<List<Object>> stories = CrossSource.stories(audited, rules.rules().lexicons(), options.storyAll());
    List<Flag> out = new ArrayList<>();
    stories.parallelStream().map(facts -> RuleRun.run(rules, facts).flags()).toList().forEach(out::addAll);
    return out;
  }

  /** The path of the error reported when the cross-source stage itself fails. */
  static final String CROSS_SOURCE = "<cross-source comparison>";

  /** One input's decoding and parsing under its budget: its article, or its one error. */
  private Object parseIsolated(Input in) {
    Isolation.Outcome<Object> o = Isolation.run(in.path(), options.budget(), () -> parse(in));
    return o.failed() ? o.error() : o.value();
  }

  /** One article's own facts and rules under its budget: its result, or its one error. */
  private Object auditIsolated(Input in, Article a, Progress progress) {
    Isolation.Outcome<Object> o = Isolation.run(in.path(), options.budget(), () -> auditArticle(a));
    progress.articleDone();
    return o.failed() ? o.error() : o.value();
  }

  private Object parse(Input in) {
    try {
      return ArticleReader.read(in, pages).article();
    } catch (InputException e) {
      return new InputError(in.path(), e.getMessage());
    } catch (BudgetExceeded e) {
      throw e;
    } catch (RuntimeException e) {
      return new InputError(in.path(), "could not be parsed: " + e);
    }
  }

  /** The first rule pass: the single-article rules over one parsed article. */
  public AuditedArticle auditArticle(Article a) {
    // one tokenization, one lexicon pass and one attribution model per article; every stage after reuses them
    Tokens words = AttributionModel.words(a);
    List<LexiconMatcher.Match> all = rules.matcher().find(words);
    List<LexiconMatcher.Match> matches = dev.sourcecheck.framing.FramingFacts.others(all); // framing's own lists left out
    Speakers speakers = AttributionModel.find(a, words, matches);
    Deadline.checkNow();
    List<Object> facts = new ArrayList<>(FactExtractor.extract(a, matches, cueLexicons));
    facts.addAll(AttributionFacts.facts(a, words, speakers, matches));
    facts.addAll(gluedMarkers.find(a));
    facts.addAll(dev.sourcecheck.framing.FramingFacts.find(a, words, all, rules.matcher(), rules.rules().lexicons()));
    Deadline.checkNow();
    RuleRun.Result r = RuleRun.run(rules, facts);
    return new AuditedArticle(a, words, matches, speakers, facts, r.flags(), r.boilerplate());
  }

  private AuditReport report(List<AuditedArticle> results, List<Flag> crossSource, List<InputError> errors,
      List<Skipped> skipped) {
    Map<String, Article> byId = new LinkedHashMap<>();
    List<Flag> flags = new ArrayList<>();
    for (AuditedArticle r : results) {
      byId.put(r.id(), r.article());
      flags.addAll(r.flags());
    }
    flags.addAll(crossSource);
    List<Finding> findings = new ArrayList<>();
    for (Flag f : flags) {
      Finding configured = options.rules().apply(Findings.of(f, rules, byId));
      if (configured != null) {
        findings.add(configured);
      }
    }
    List<ArticleSummary> summaries = new ArrayList<>();
    Map<String, Integer> counts = AuditReport.countByArticle(findings);
    for (AuditedArticle r : results) {
      Article a = r.article();
      var m = a.metadata();
      int count = counts.getOrDefault(a.id(), 0);
      List<ArticleBody.Span> boilerplate = new ArrayList<>();
      r.boilerplate().forEach(b -> boilerplate.add(new ArticleBody.Span(b.start(), b.end())));
      summaries.add(new ArticleSummary(a.id(), a.path(), m.title(), m.published(), m.source(), m.byline(),
          m.contributors(), count, SourceSummary.quotes(a, r.facts(), r.boilerplate()),
          SourceSummary.counts(a, r.speakers(), r.facts(), r.flags(), r.boilerplate()), null,
          new ArticleBody(a.text(), boilerplate)));
    }
    // the score pass runs last: its rules see every finding, cross-source ones included
    return ScorePass.report(rules, new AuditReport(Version.VERSION, rules.hash(), summaries, findings, errors, skipped));
  }
}
