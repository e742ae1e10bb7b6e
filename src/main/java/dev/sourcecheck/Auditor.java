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
import dev.sourcecheck.fact.FactWords;
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
  /** The fact stage's word sets, built once from the rule set's {@code words-*} lexicons. */
  private final FactWords factWords;

  public Auditor(RuleBase rules, AuditOptions options) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.options = Objects.requireNonNull(options, "options");
    this.pages = PageLexicons.of(rules.rules().lexicons());
    this.gluedMarkers = GluedMarkers.of(rules.rules().lexicons().get(GluedMarkers.LEXICON));
    this.factWords = FactWords.of(rules.rules().lexicons());
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
    try (InputCollector ic = new InputCollector(options.maxBytes(), stdin, options.inputFormat())) {
      return run(ic.collect(paths), progress);
    }
  }

  /** Audits files and folders given as paths (a name the locale cannot decode is still read, by its bytes). */
  public AuditReport auditPaths(List<Path> paths) {
    try (InputCollector ic = new InputCollector(options.maxBytes(), InputStream.nullInputStream())) {
      return run(ic.collectPaths(paths), Progress.NONE);
    }
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
    return run(inputs, false, errors, skipped, progress);
  }

  /** Audits what was collected (inputs collected from files are read batch by batch, never all at once). */
  private AuditReport run(InputCollector.Collected c, Progress progress) {
    return run(c.inputs(), false, c.errors(), c.skipped(), progress);
  }

  /** Inputs audited at once: the bytes, tokens and facts of at most this many articles are held at a time. */
  static final int BATCH = 256;

  /** The run loop ({@link AuditRun}), its output collected into the report. */
  private AuditReport run(List<Input> inputs, boolean owned, List<InputError> errors, List<Skipped> skipped,
      Progress progress) {
    Collecting sink = new Collecting();
    new AuditRun(this, inputs, progress, sink).run(errors);
    return report(sink.summaries, sink.findings, sink.errors, skipped);
  }

  /**
   * Audits files and folders as {@link #audit(List, InputStream, Progress)} does, but hands what it
   * finds to {@code sink} as it goes instead of building the report, and returns the files passed
   * over. In bounded memory at any scale: inputs are read, parsed and audited in batches of 256;
   * of each article only its story keys are kept once its batch is done, and its story view while
   * its story may still grow; nothing of it is kept for the report (the sink decides). With {@code
   * --story all} (every article one story) every story view is held to the end. {@link #report}
   * over everything the sink received gives the report {@code audit} gives, byte for byte.
   */
  public List<Skipped> stream(List<String> paths, InputStream stdin, Progress progress, AuditSink sink) {
    try (InputCollector ic = new InputCollector(options.maxBytes(), stdin, options.inputFormat())) {
      InputCollector.Collected c = ic.collect(paths);
      new AuditRun(this, c.inputs(), progress, sink).run(c.errors());
      return c.skipped();
    }
  }

  /** A sink that keeps everything, for the report. */
  private static final class Collecting implements AuditSink {
    final List<ArticleSummary> summaries = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();
    final List<InputError> errors = new ArrayList<>();

    @Override
    public void article(ArticleSummary summary, List<Finding> own) {
      summaries.add(summary);
      findings.addAll(own);
    }

    @Override
    public void across(List<Finding> across) {
      findings.addAll(across);
    }

    @Override
    public void error(InputError error) {
      errors.add(error);
    }
  }

  /** An audited article's own findings: its flags as findings, with the rule settings applied. */
  List<Finding> ownFindings(AuditedArticle r) {
    return findings(r.flags(), Map.of(r.id(), r.article()));
  }

  /** One story's facts judged by the cross-source rules, as findings located in its articles. */
  List<Finding> judgeStory(List<Object> facts, List<AuditedArticle> articles) {
    Map<String, Article> byId = new LinkedHashMap<>();
    articles.forEach(r -> byId.put(r.id(), r.article()));
    return findings(RuleRun.run(rules, facts).flags(), byId);
  }

  /**
   * The second rule pass: the cross-source rules over the facts of each story of the audited
   * articles (stories in parallel, one session each; a story's facts are let go of once judged).
   */
  public List<Flag> crossSource(List<AuditedArticle> audited) {
    List<Flag> out = new ArrayList<>();
    CrossSource.eachStory(audited, rules.rules().lexicons(), options.storyAll(), facts -> RuleRun.run(rules, facts).flags())
        .forEach(out::addAll);
    return out;
  }

  /** The path of the error reported when the cross-source stage itself fails. */
  static final String CROSS_SOURCE = "<cross-source comparison>";

  /** One input's decoding and parsing under its budget: its article, or its one error. */
  Object parseIsolated(Input in) {
    Isolation.Outcome<Object> o = Isolation.run(in.path(), options.budget(), () -> parse(in));
    return o.failed() ? o.error() : o.value();
  }

  /** One article's own facts and rules under its budget: its result, or its one error. */
  Object auditIsolated(String path, Article a, Progress progress) {
    Isolation.Outcome<Object> o = Isolation.run(path, options.budget(), () -> auditArticle(a));
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
    List<Object> facts = new ArrayList<>(FactExtractor.extract(a, matches, cueLexicons, factWords));
    facts.addAll(AttributionFacts.facts(a, words, speakers, matches, factWords));
    facts.addAll(gluedMarkers.find(a));
    facts.addAll(dev.sourcecheck.framing.FramingFacts.find(a, words, all, rules.matcher(), rules.rules().lexicons()));
    Deadline.checkNow();
    RuleRun.Result r = RuleRun.run(rules, facts);
    return new AuditedArticle(a, words, matches, speakers, facts, r.flags(), r.boilerplate());
  }

  /** Flags as findings, with the rule settings applied (a rule turned off gives none). */
  private List<Finding> findings(List<Flag> flags, Map<String, Article> byId) {
    List<Finding> out = new ArrayList<>();
    for (Flag f : flags) {
      Finding configured = options.rules().apply(Findings.of(f, rules, byId));
      if (configured != null) {
        out.add(configured);
      }
    }
    return out;
  }

  /** An article's entry in the report, its findings not counted yet. */
  static ArticleSummary summary(AuditedArticle r) {
    Article a = r.article();
    var m = a.metadata();
    List<ArticleBody.Span> boilerplate = new ArrayList<>();
    r.boilerplate().forEach(b -> boilerplate.add(new ArticleBody.Span(b.start(), b.end())));
    return new ArticleSummary(a.id(), a.path(), m.title(), m.published(), m.source(), m.byline(),
        m.contributors(), 0, SourceSummary.quotes(a, r.facts(), r.boilerplate()),
        SourceSummary.counts(a, r.speakers(), r.facts(), r.flags(), r.boilerplate()), null,
        new ArticleBody(a.text(), boilerplate));
  }

  /**
   * The report of a run from what its sink received ({@link #stream}): the entries in the order
   * given with their findings counted, every finding sorted, then the score pass.
   */
  public AuditReport report(List<ArticleSummary> articles, List<Finding> findings, List<InputError> errors,
      List<Skipped> skipped) {
    Map<String, Integer> counts = AuditReport.countByArticle(findings);
    List<ArticleSummary> summaries = new ArrayList<>();
    for (ArticleSummary a : articles) {
      summaries.add(a.withFindings(counts.getOrDefault(a.id(), 0)));
    }
    // the score pass runs last: its rules see every finding, cross-source ones included
    return ScorePass.report(rules, new AuditReport(Version.VERSION, rules.hash(), summaries, findings, errors, skipped));
  }
}
