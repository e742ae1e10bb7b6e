package dev.sourcecheck;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.attribution.AttributionFacts;
import dev.sourcecheck.attribution.SourceSummary;
import dev.sourcecheck.attribution.SpeakerFinder;
import dev.sourcecheck.attribution.Speakers;
import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.compare.CrossSource;
import dev.sourcecheck.engine.Findings;
import dev.sourcecheck.engine.RuleBase;
import dev.sourcecheck.engine.RuleRun;
import dev.sourcecheck.fact.FactExtractor;
import dev.sourcecheck.fact.Flag;
import dev.sourcecheck.lexicon.LexiconMatcher;
import dev.sourcecheck.finding.ArticleSummary;
import dev.sourcecheck.finding.AuditReport;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.InputError;
import dev.sourcecheck.finding.Skipped;
import dev.sourcecheck.parse.Decoder;
import dev.sourcecheck.parse.Input;
import dev.sourcecheck.parse.InputCollector;
import dev.sourcecheck.parse.InputException;
import dev.sourcecheck.parse.PublicationDates;
import dev.sourcecheck.parse.TextArticleParser;
import dev.sourcecheck.text.Tokens;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Audits articles with one rule base: read → parse → facts → rules → findings → report, in two
 * rule passes: each article's own rules ({@link #auditArticle}), then the cross-source rules over
 * the facts of each story ({@link #crossSource}). Build it once and share it: it is immutable and
 * thread-safe, and every pass runs in its own Drools session. It never prints and never exits;
 * input problems come back as {@link InputError}s in the report.
 */
public final class Auditor {
  private final RuleBase rules;
  private final AuditOptions options;

  public Auditor(RuleBase rules, AuditOptions options) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.options = Objects.requireNonNull(options, "options");
  }

  public RuleBase rules() {
    return rules;
  }

  public AuditOptions options() {
    return options;
  }

  /** Audits files and folders ({@code *.txt} found recursively); {@code -} reads {@code stdin}. */
  public AuditReport audit(List<String> paths, InputStream stdin) {
    InputCollector.Collected c = new InputCollector(options.maxBytes(), stdin).collect(paths);
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
    List<InputError> allErrors = new ArrayList<>(errors);
    List<Object> parsed = inputs.parallelStream().map(this::parse).toList();
    List<Article> articles = new ArrayList<>();
    for (Object o : parsed) {
      if (o instanceof Article a) {
        articles.add(a);
      } else {
        allErrors.add((InputError) o);
      }
    }
    articles = PublicationDates.fromFeed(articles); // a dateline's day without a year takes the run's year
    List<AuditedArticle> audited = articles.parallelStream().map(this::auditArticle).toList();
    return report(audited, crossSource(audited), allErrors, skipped);
  }

  private Object parse(Input in) {
    try {
      String text = Decoder.decode(in.bytes());
      return TextArticleParser.parse(in.id(), in.path(), text);
    } catch (InputException e) {
      return new InputError(in.path(), e.getMessage());
    } catch (RuntimeException e) {
      return new InputError(in.path(), "could not be parsed: " + e);
    }
  }

  /** The first rule pass: the single-article rules over one parsed article. */
  public AuditedArticle auditArticle(Article a) {
    // the lexicon pass, the words and speaker resolution run once per article; every stage after reuses them
    List<LexiconMatcher.Match> all = rules.matcher().find(a.text(), 0, a.text().length());
    // the cross-source lexicons are read by the second pass only: no first-pass facts of them
    List<LexiconMatcher.Match> matches = all.stream().filter(m -> !AuditedArticle.crossSource(m.lexicon().name())).toList();
    Tokens tokens = Tokens.of(a.text(), a.sentences().stream().mapToInt(s -> s.span().start()).toArray());
    Speakers speakers = SpeakerFinder.find(a, matches);
    List<Object> facts = new ArrayList<>(FactExtractor.extract(a, matches));
    facts.addAll(AttributionFacts.facts(a, speakers, matches));
    RuleRun.Result r = RuleRun.run(rules, facts);
    return new AuditedArticle(a, tokens, all, speakers, facts, r.flags(), r.boilerplate());
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
      findings.add(Findings.of(f, rules, byId));
    }
    List<ArticleSummary> summaries = new ArrayList<>();
    Map<String, Integer> counts = AuditReport.countByArticle(findings);
    for (AuditedArticle r : results) {
      Article a = r.article();
      var m = a.metadata();
      int count = counts.getOrDefault(a.id(), 0);
      summaries.add(new ArticleSummary(a.id(), a.path(), m.title(), m.published(), m.source(), m.byline(),
          m.contributors(), count, SourceSummary.quotes(r), SourceSummary.counts(r)));
    }
    return new AuditReport(Version.VERSION, rules.hash(), summaries, findings, errors, skipped);
  }
}
