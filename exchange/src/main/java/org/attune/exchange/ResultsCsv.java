package org.attune.exchange;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.attune.ecosystem.Level;
import org.attune.io.ImportReport;
import org.attune.io.SkipReason;
import org.attune.journey.DirectlyFollowsGraph;
import org.attune.metric.AlignmentReport;
import org.attune.metric.Contribution;
import org.attune.metric.Scores;
import org.attune.metric.Scoring;
import org.attune.model.Element;
import org.attune.theory.RuleOutcome;
import org.attune.theory.TheoryReport;
import org.attune.theory.Violation;

/**
 * Writes results as CSV tables for a spreadsheet, with a header row, through a {@link CsvWriter}:
 * RFC 4180 quoting, CRLF line ends, and text that a spreadsheet would run as a formula ({@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return first) prefixed with a single quote; the
 * numbers the library writes stay numbers. The columns of each table are in {@code
 * docs/EXCHANGE.md}, section 3.
 *
 * <ul>
 *   <li>{@link #write(Scores, Writer)}: one row per customer, with {@code n} factor and share
 *       columns for the top factors;
 *   <li>{@link #write(AlignmentReport, Writer)}: one row per metric;
 *   <li>{@link #write(TheoryReport, Writer)}: one row per violation, and one per rule that holds;
 *   <li>{@link #write(ImportReport, Writer)}: one row per count, skip reason and problem;
 *   <li>{@link #writeTransitions(DirectlyFollowsGraph, Writer)} and {@link
 *       #writeVariants(DirectlyFollowsGraph, Writer)}: the directly-follows graph as two tables.
 * </ul>
 *
 * <p>Deterministic byte for byte; actors and elements are named by id, never by name; a value that
 * is not there is an empty cell; durations are ISO 8601 ({@code PT1H30M}). The {@link Writer}
 * given is flushed, never closed, and nothing is held back but one cell: a cohort of any size
 * streams.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(path)) {
 *   ResultsCsv.standard().withDelimiter(';').withTopFactors(3).write(scores, out);
 * }
 * }</pre>
 */
public final class ResultsCsv {

  private static final ResultsCsv STANDARD = new ResultsCsv(',', Scoring.DEFAULT_TOP_FACTORS);

  private final char delimiter;
  private final int topFactors;

  private ResultsCsv(char delimiter, int topFactors) {
    this.delimiter = delimiter;
    this.topFactors = topFactors;
  }

  /**
   * {@return the writer with comma delimiters and {@link Scoring#DEFAULT_TOP_FACTORS} top factors
   * per customer}
   */
  public static ResultsCsv standard() {
    return STANDARD;
  }

  /**
   * {@return a writer like this one with another delimiter}, such as {@code ';'} for the
   * spreadsheets of locales that write decimal commas
   *
   * @param delimiter {@code ','}, {@code ';'}, {@code '\t'} or {@code '|'}
   * @throws IllegalArgumentException if {@code delimiter} is none of those
   */
  public ResultsCsv withDelimiter(char delimiter) {
    return new ResultsCsv(CsvWriter.checkDelimiter(delimiter), topFactors);
  }

  /**
   * {@return a writer like this one that writes {@code n} factor and share columns per customer of
   * a {@link Scores}}; cells beyond the factors the scores kept ({@link
   * Scoring#withTopFactors(int)}) are empty
   *
   * @param n how many: at least 0
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public ResultsCsv withTopFactors(int n) {
    checkArgument(n >= 0, "n must be a count >= 0, but was %s", n);
    return new ResultsCsv(delimiter, n);
  }

  /** {@return the cell delimiter} */
  public char delimiter() {
    return delimiter;
  }

  /** {@return how many factor and share column pairs a table of scores has} */
  public int topFactors() {
    return topFactors;
  }

  /**
   * Writes the scores of a cohort, one row per customer in the cohort's order, under the header
   * {@code customer,defined,value,reason,factor_1,share_1,...,factor_n,share_n}: the value empty
   * where the score is undefined, the reason empty where it is defined, and the factor and share
   * cells empty beyond the customer's top factors.
   *
   * @param scores the scores
   * @param out where they go; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public void write(Scores scores, Writer out) throws IOException {
    requireNonNull(scores, "scores");
    CsvWriter csv = new CsvWriter(requireNonNull(out, "out"), delimiter);
    csv.text("customer").text("defined").text("value").text("reason");
    for (int k = 1; k <= topFactors; k++) {
      csv.text("factor_" + k).text("share_" + k);
    }
    csv.endRow();
    for (int i = 0; i < scores.size(); i++) {
      csv.text(scores.customer(i).id());
      boolean defined = scores.isDefined(i);
      csv.bool(defined);
      if (defined) {
        csv.number(scores.value(i)).empty();
      } else {
        csv.empty().text(scores.reason(i).orElseThrow());
      }
      List<Contribution> top = scores.topFactors(i);
      for (int k = 0; k < topFactors; k++) {
        if (k < top.size()) {
          csv.text(top.get(k).factor()).number(top.get(k).share());
        } else {
          csv.empty().empty();
        }
      }
      csv.endRow();
    }
    csv.flush();
  }

  /**
   * Writes an alignment report, one row per metric in level and registry order, under the header
   * {@code customer,provider,level,metric,defined,value,explanation,factors,level_score,weakest,binding}:
   * the explanation is the reason where the score is undefined; {@code factors} lists every
   * contribution as {@code factor=share}, separated by {@code "; "}; {@code weakest} is true for the
   * weakest metric of its level and {@code binding} for the metrics of the binding level.
   *
   * @param report the report
   * @param out where it goes; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public void write(AlignmentReport report, Writer out) throws IOException {
    requireNonNull(report, "report");
    CsvWriter csv = new CsvWriter(requireNonNull(out, "out"), delimiter);
    csv.text("customer").text("provider").text("level").text("metric").text("defined")
        .text("value").text("explanation").text("factors").text("level_score").text("weakest")
        .text("binding").endRow();
    Optional<Level> binding = report.bindingLevel();
    for (Level level : Level.values()) {
      OptionalDouble levelScore = report.levelScore(level);
      Optional<AlignmentReport.Entry> weakest = report.weakest(level);
      for (AlignmentReport.Entry e : report.entries(level)) {
        csv.text(report.dyad().customer().id()).text(report.dyad().provider().id())
            .text(level.name()).text(e.metric()).bool(e.score().isDefined());
        if (e.score().isDefined()) {
          csv.number(e.score().value());
        } else {
          csv.empty();
        }
        csv.text(e.score().explanation()).text(factors(e.score().contributions()));
        if (levelScore.isPresent()) {
          csv.number(levelScore.getAsDouble());
        } else {
          csv.empty();
        }
        csv.bool(weakest.isPresent() && weakest.get().equals(e))
            .bool(binding.isPresent() && binding.get() == level)
            .endRow();
      }
    }
    csv.flush();
  }

  /**
   * Writes a theory report under the header {@code
   * rule,source,holds,elements,element_kinds,message}: one row per violation, rule by rule, and one
   * row with empty elements and message for each rule that holds. Element ids and kinds are
   * separated by {@code "; "}.
   *
   * @param report the report
   * @param out where it goes; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public void write(TheoryReport report, Writer out) throws IOException {
    requireNonNull(report, "report");
    CsvWriter csv = new CsvWriter(requireNonNull(out, "out"), delimiter);
    csv.text("rule").text("source").text("holds").text("elements").text("element_kinds")
        .text("message").endRow();
    for (RuleOutcome o : report.outcomes()) {
      if (o.holds()) {
        csv.text(o.rule().id()).text(o.rule().source()).bool(true).empty().empty().empty()
            .endRow();
      }
      for (Violation v : o.violations()) {
        StringBuilder ids = new StringBuilder();
        StringBuilder kinds = new StringBuilder();
        for (Element e : v.elements()) {
          if (ids.length() > 0) {
            ids.append("; ");
            kinds.append("; ");
          }
          ids.append(e.id());
          kinds.append(e.elementKind().name());
        }
        csv.text(v.ruleId()).text(o.rule().source()).bool(false).text(ids.toString())
            .text(kinds.toString()).text(v.message()).endRow();
      }
    }
    csv.flush();
  }

  /**
   * Writes an import report under the header {@code item,reason,count,line,column,message}: the
   * rows {@code traces_read}, {@code traces_imported}, {@code traces_skipped}, {@code events_read},
   * {@code events_imported}, {@code events_skipped} with their counts; a {@code skipped} row per
   * reason that occurred, with its count and description; a {@code problem} row per problem kept,
   * with its line and column (-1 where unknown) and message.
   *
   * @param report the report
   * @param out where it goes; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public void write(ImportReport report, Writer out) throws IOException {
    requireNonNull(report, "report");
    CsvWriter csv = new CsvWriter(requireNonNull(out, "out"), delimiter);
    csv.text("item").text("reason").text("count").text("line").text("column").text("message")
        .endRow();
    count(csv, "traces_read", report.tracesRead());
    count(csv, "traces_imported", report.tracesImported());
    count(csv, "traces_skipped", report.tracesSkipped());
    count(csv, "events_read", report.eventsRead());
    count(csv, "events_imported", report.eventsImported());
    count(csv, "events_skipped", report.eventsSkipped());
    for (Map.Entry<SkipReason, Long> e : report.skipped().entrySet()) {
      csv.text("skipped").text(e.getKey().name()).number(e.getValue()).empty().empty()
          .text(e.getKey().description()).endRow();
    }
    for (ImportReport.Problem p : report.problems()) {
      csv.text("problem").text(p.reason().name()).empty().number(p.line()).number(p.column())
          .text(p.message()).endRow();
    }
    csv.flush();
  }

  /**
   * Writes the counts of a directly-follows graph under the header {@code
   * kind,source,target,count,probability,median_wait,p90_wait}: a {@code transition} row per
   * transition (by count, descending), then a {@code start} row per touchpoint that starts a journey
   * (empty source) and an {@code end} row per touchpoint that ends one (empty target), in the order
   * first met. Probabilities of starts and ends are start(a) / N and end(a) / |a|; waits are
   * empty for them.
   *
   * @param dfg the graph
   * @param out where it goes; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public void writeTransitions(DirectlyFollowsGraph dfg, Writer out) throws IOException {
    requireNonNull(dfg, "dfg");
    CsvWriter csv = new CsvWriter(requireNonNull(out, "out"), delimiter);
    csv.text("kind").text("source").text("target").text("count").text("probability")
        .text("median_wait").text("p90_wait").endRow();
    for (DirectlyFollowsGraph.Transition t : dfg.transitions()) {
      csv.text("transition").text(t.source()).text(t.target()).number(t.count())
          .number(t.probability()).text(t.medianWait().toString()).text(t.p90Wait().toString())
          .endRow();
    }
    for (Map.Entry<String, Long> e : dfg.starts().entrySet()) {
      csv.text("start").empty().text(e.getKey()).number(e.getValue())
          .number((double) e.getValue() / dfg.journeyCount()).empty().empty().endRow();
    }
    for (Map.Entry<String, Long> e : dfg.ends().entrySet()) {
      csv.text("end").text(e.getKey()).empty().number(e.getValue())
          .number((double) e.getValue() / dfg.occurrences(e.getKey())).empty().empty().endRow();
    }
    csv.flush();
  }

  /**
   * Writes the variants of a directly-follows graph under the header {@code
   * variant,count,share,position,touchpoint}: one row per step of each variant, variants numbered
   * from 1 in the graph's order (by count, descending) and steps from 1, so that no touchpoint id
   * needs a separator.
   *
   * @param dfg the graph
   * @param out where it goes; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public void writeVariants(DirectlyFollowsGraph dfg, Writer out) throws IOException {
    requireNonNull(dfg, "dfg");
    CsvWriter csv = new CsvWriter(requireNonNull(out, "out"), delimiter);
    csv.text("variant").text("count").text("share").text("position").text("touchpoint").endRow();
    int n = 0;
    for (DirectlyFollowsGraph.Variant v : dfg.variants()) {
      n++;
      int position = 0;
      for (String t : v.touchpoints()) {
        csv.number(n).number(v.count()).number(v.share()).number(++position).text(t).endRow();
      }
    }
    csv.flush();
  }

  private static void count(CsvWriter csv, String item, long count) throws IOException {
    csv.text(item).empty().number(count).empty().empty().empty().endRow();
  }

  private static String factors(List<Contribution> contributions) {
    StringBuilder s = new StringBuilder();
    for (Contribution c : contributions) {
      if (s.length() > 0) {
        s.append("; ");
      }
      s.append(c.factor()).append('=').append(c.share());
    }
    return s.toString();
  }
}
