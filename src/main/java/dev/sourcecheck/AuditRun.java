package dev.sourcecheck;

import dev.sourcecheck.article.Article;
import dev.sourcecheck.audit.AuditedArticle;
import dev.sourcecheck.budget.Isolation;
import dev.sourcecheck.compare.CrossSourceWindow;
import dev.sourcecheck.compare.Lookahead;
import dev.sourcecheck.finding.Finding;
import dev.sourcecheck.finding.InputError;
import dev.sourcecheck.parse.Input;
import dev.sourcecheck.parse.PublicationDates;
import dev.sourcecheck.text.Tokens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One streamed run ({@link Auditor#stream}) in bounded memory, in two passes over the inputs, each
 * in batches of {@link Auditor#BATCH} (in parallel within a batch):
 * <ol>
 *   <li>every input is read and parsed, and its publication date is kept (the article itself only
 *       within a bound, below): the middle of the
 *       run's dates gives a dateline without a year its year ({@link PublicationDates#complete})
 *       exactly as when every article was held ({@link PublicationDates#fromFeed});</li>
 *   <li>every input that parsed is read and parsed again, dated, and audited; its entry and own
 *       findings go to the sink at once, its story view to the story stage
 *       ({@link CrossSourceWindow}), which holds it only while its story may still grow.</li>
 * </ol>
 * The first pass also tells the story stage what the inputs not audited yet can be (their dates
 * and the words that could be their story keys: {@link Lookahead}), so that a story no input to
 * come can change is compared after the batch that closes it and its findings handed to
 * {@link Progress#findings} then (JSON Lines writes them at once); the sink still gets every
 * cross-source finding at the end, in story order ({@link AuditSink#across}).
 * An input collected without its bytes is read in each pass and never held after its batch. The
 * first pass keeps its parsed articles for the second, instead of reading and parsing them again,
 * while their texts total at most {@link #KEEP_CHARS} characters (every article of a run of about
 * 1,500 average articles, the first ones of a larger run): the same articles, each let go of once
 * its batch of the second pass is done. One use, one thread (the batches fan out).
 */
final class AuditRun {
  private final Auditor auditor;
  private final List<Input> inputs;
  private final Progress progress;
  private final AuditSink sink;
  /** The input of each audited article, by its index in the story stage. */
  private final List<Integer> inputOf = new ArrayList<>();
  private LocalDate middle;
  /** The parsed articles of the first pass kept for the second, by input index. */
  private final Map<Integer, Article> kept = new HashMap<>();
  /** The first pass keeps parsed articles while their texts total at most this many characters. */
  static final long KEEP_CHARS = 4_000_000;
  private long keptChars;
  /**
   * What the first pass learnt of the inputs the second has not audited yet; null with {@code --story
   * all}, and for a run of one input (no input comes after it, so its story closes at the end
   * either way: building the story words and counting its text's words cost a one-article call
   * about a twentieth of its time).
   */
  private final Lookahead ahead;
  /** Of each input that parsed in the first pass: its date and its text's hash (the same text is taken off). */
  private final LocalDate[] firstDate;
  private final int[] firstText;

  AuditRun(Auditor auditor, List<Input> inputs, Progress progress, AuditSink sink) {
    this.auditor = auditor;
    this.inputs = inputs;
    this.progress = progress;
    this.sink = sink;
    this.ahead = auditor.options().storyAll() || inputs.size() < 2 ? null
        : new Lookahead(auditor.rules().rules().lexicons());
    this.firstDate = new LocalDate[inputs.size()];
    this.firstText = new int[inputs.size()];
  }

  void run(List<InputError> errors) {
    errors.forEach(e -> {
      sink.error(e);
      progress.failed(e);
    });
    progress.started(inputs.size());
    List<Integer> parsed = datesPass();
    CrossSourceWindow<Finding> window = new CrossSourceWindow<>(auditor.rules().rules().lexicons(),
        auditor.options().storyAll(), parsed.size(), auditor::judgeStory, ahead);
    for (int from = 0; from < parsed.size(); from += Auditor.BATCH) {
      List<Integer> batch = parsed.subList(from, Math.min(parsed.size(), from + Auditor.BATCH));
      List<Audited> audited = batch.parallelStream().map(i -> {
        Article held = kept.get(i); // read only while the batch runs
        Object a = held != null ? held : auditor.parseIsolated(inputs.get(i));
        if (a instanceof Article article) {
          Object r = auditor.auditIsolated(inputs.get(i).path(), PublicationDates.complete(article, middle), progress);
          return new Audited(r, words(i, article, r));
        }
        progress.articleDone();
        return new Audited(a, null);
      }).toList();
      for (int k = 0; k < audited.size(); k++) {
        if (ahead != null) {
          ahead.passed(firstDate[batch.get(k)], audited.get(k).words());
        }
        if (audited.get(k).result() instanceof AuditedArticle r) {
          List<Finding> own = auditor.ownFindings(r);
          sink.article(Auditor.summary(r), own);
          progress.findings(own);
          inputOf.add(batch.get(k));
          window.add(r.lean());
        } else {
          failed((InputError) audited.get(k).result());
        }
      }
      batch.forEach(kept::remove);
      window.checkpoint();
      List<Finding> closed = window.closedFindings();
      if (!closed.isEmpty()) {
        progress.findings(closed); // a story no later input can change: its findings are final now
      }
    }
    Isolation.Outcome<List<Finding>> across = Isolation.guard(Auditor.CROSS_SOURCE, () -> window.finish(this::reread));
    if (across.failed()) {
      failed(across.error());
    } else {
      sink.across(across.value());
      progress.findings(window.openFindings());
    }
    progress.finished();
  }

  /** The first pass: every input parsed, its date kept; the indexes of those that parsed. */
  private List<Integer> datesPass() {
    List<LocalDate> known = new ArrayList<>();
    List<Integer> parsed = new ArrayList<>();
    for (int from = 0; from < inputs.size(); from += Auditor.BATCH) {
      List<Input> batch = inputs.subList(from, Math.min(inputs.size(), from + Auditor.BATCH));
      // of each parsed article its date is kept, and the article itself while the texts kept are within the bound
      List<Object> dates = batch.parallelStream().map(in -> {
        Object o = auditor.parseIsolated(in);
        return o instanceof Article a
            ? new Dated(a.metadata().published(), a, ahead == null ? null : ahead.words(Tokens.of(a.text()))) : o;
      }).toList();
      for (int k = 0; k < dates.size(); k++) {
        if (dates.get(k) instanceof Dated d) {
          parsed.add(from + k);
          if (ahead != null) {
            firstDate[from + k] = d.date();
            firstText[from + k] = d.article().text().hashCode();
            ahead.expect(d.date(), d.words());
          }
          long chars = d.article().text().length();
          if (keptChars + chars <= KEEP_CHARS) {
            keptChars += chars;
            kept.put(from + k, d.article());
          }
          if (d.date() != null) {
            known.add(d.date());
          }
        } else {
          failed((InputError) dates.get(k));
          progress.articleDone();
        }
      }
    }
    middle = PublicationDates.middle(known);
    return parsed;
  }

  /** An input's date, its parsed article (kept for the second pass within the bound) and its possible story keys. */
  private record Dated(LocalDate date, Article article, int[] words) {}

  /** What the second pass gave for an input, and the words to take off the lookahead (null: none). */
  private record Audited(Object result, int[] words) {}

  /** The possible story keys of input {@code i} as counted in the first pass, or null if its text changed since. */
  private int[] words(int i, Article article, Object audited) {
    if (ahead == null || article.text().hashCode() != firstText[i]) {
      return null;
    }
    return ahead.words(audited instanceof AuditedArticle r && r.tokens().text().equals(article.text())
        ? r.tokens() : Tokens.of(article.text()));
  }

  private void failed(InputError e) {
    sink.error(e);
    progress.failed(e);
  }

  /** The story view of an audited article let go of, read, parsed, dated and audited again; null if that fails. */
  private AuditedArticle reread(int index) {
    Input in = inputs.get(inputOf.get(index));
    Object a = auditor.parseIsolated(in);
    if (!(a instanceof Article article)) {
      return null;
    }
    Isolation.Outcome<Object> o = Isolation.run(in.path(), auditor.options().budget(),
        () -> auditor.auditArticle(PublicationDates.complete(article, middle)));
    return o.failed() ? null : ((AuditedArticle) o.value()).lean();
  }
}
