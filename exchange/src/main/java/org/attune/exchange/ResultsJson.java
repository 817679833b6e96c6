package org.attune.exchange;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
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
import org.attune.metric.Score;
import org.attune.metric.Scores;
import org.attune.metric.Scoring;
import org.attune.model.Element;
import org.attune.theory.Rule;
import org.attune.theory.RuleOutcome;
import org.attune.theory.TheoryReport;
import org.attune.theory.Violation;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes results to JSON, streaming with Jackson's {@link JsonGenerator}: a {@link Score} with its
 * value or the reason it is undefined, its explanation and every contribution; the {@link Scores} of
 * a cohort, each customer with its top factors; an {@link AlignmentReport}, a {@link TheoryReport},
 * an {@link ImportReport} and a {@link DirectlyFollowsGraph}. Nothing is lost: a score read back
 * from its JSON is {@link Score#equals equal} to the one written. The shapes are in {@code
 * docs/EXCHANGE.md}, section 3.
 *
 * <ul>
 *   <li>Deterministic byte for byte: the same result gives the same bytes. Properties come in a
 *       fixed order; numbers are written in the shortest form that reads back to the same {@code
 *       double}; a value that is not there (an undefined score's value, a level without a score) is
 *       {@code null}, never {@code NaN}; durations are ISO 8601 ({@code PT1H30M}).
 *   <li>Actors and elements are named by id, never by name.
 *   <li>Streaming: the scores of a cohort go out customer by customer, so that 200,000 customers
 *       take no more memory than one.
 *   <li>The {@link Writer} or {@link OutputStream} given is flushed, never closed; an
 *       {@link OutputStream} receives UTF-8.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Scores fit = Scoring.sequential().withTopFactors(5).score(metric, cohort, bank);
 * try (Writer out = Files.newBufferedWriter(path)) {
 *   ResultsJson.standard().withTopFactors(3).write(fit, out);
 * }
 * }</pre>
 */
public final class ResultsJson {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private static final ResultsJson STANDARD = new ResultsJson(Scoring.DEFAULT_TOP_FACTORS);

  private final int topFactors;

  private ResultsJson(int topFactors) {
    this.topFactors = topFactors;
  }

  /**
   * {@return the writer with {@link Scoring#DEFAULT_TOP_FACTORS} top factors per customer}
   */
  public static ResultsJson standard() {
    return STANDARD;
  }

  /**
   * {@return a writer like this one that writes at most {@code n} top factors per customer of a
   * {@link Scores}}: fewer if the scores kept fewer ({@link Scoring#withTopFactors(int)})
   *
   * @param n how many: at least 0
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public ResultsJson withTopFactors(int n) {
    checkArgument(n >= 0, "n must be a count >= 0, but was %s", n);
    return new ResultsJson(n);
  }

  /** {@return how many top factors per customer this writer writes at most} */
  public int topFactors() {
    return topFactors;
  }

  // ------------------------------------------------------------------------------------------
  // to a Writer or an OutputStream

  /**
   * Writes a score as one JSON object: {@code {"defined":true,"value":0.84,"explanation":"...",
   * "contributions":[{"factor":"functional","share":0.75},...]}}, or {@code {"defined":false,
   * "value":null,"reason":"...","contributions":[]}}.
   *
   * @param score the score
   * @param out where it goes; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public void write(Score score, Writer out) throws IOException {
    requireNonNull(score, "score");
    run(FACTORY.createGenerator(ObjectWriteContext.empty(), requireNonNull(out, "out")), g -> writeScore(score, g));
  }

  /**
   * Writes a score as UTF-8 JSON: as {@link #write(Score, Writer)}.
   *
   * @param score the score
   * @param out where it goes; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public void write(Score score, OutputStream out) throws IOException {
    requireNonNull(score, "score");
    run(utf8(out), g -> writeScore(score, g));
  }

  /**
   * Writes the scores of a cohort, customer by customer as they stream: {@code {"metric":"...",
   * "provider":"bank","customers":3,"defined":2,"scores":[{"customer":"maya","defined":true,
   * "value":0.7,"topFactors":[{"factor":"speed","share":0.6},...]},{"customer":"tom",
   * "defined":false,"value":null,"reason":"...","topFactors":[]},...]}}. A batch keeps no
   * explanation of a defined score ({@link Scores}), so none is written.
   *
   * @param scores the scores
   * @param out where they go; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public void write(Scores scores, Writer out) throws IOException {
    requireNonNull(scores, "scores");
    run(FACTORY.createGenerator(ObjectWriteContext.empty(), requireNonNull(out, "out")), g -> writeScores(scores, g));
  }

  /**
   * Writes the scores of a cohort as UTF-8 JSON: as {@link #write(Scores, Writer)}.
   *
   * @param scores the scores
   * @param out where they go; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public void write(Scores scores, OutputStream out) throws IOException {
    requireNonNull(scores, "scores");
    run(utf8(out), g -> writeScores(scores, g));
  }

  /**
   * Writes an alignment report: the dyad by id, the overall score, the binding level and its
   * explanation, each level with its score, its weakest metric and its metrics' scores (as {@link
   * #write(Score, Writer)}), and the costliest factors.
   *
   * @param report the report
   * @param out where it goes; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public void write(AlignmentReport report, Writer out) throws IOException {
    requireNonNull(report, "report");
    run(FACTORY.createGenerator(ObjectWriteContext.empty(), requireNonNull(out, "out")), g -> writeReport(report, g));
  }

  /**
   * Writes a theory report: its title, whether it holds, and each rule with its id, statement,
   * source, what it checks, whether it holds and its violations (rule id, element ids, message).
   *
   * @param report the report
   * @param out where it goes; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public void write(TheoryReport report, Writer out) throws IOException {
    requireNonNull(report, "report");
    run(FACTORY.createGenerator(ObjectWriteContext.empty(), requireNonNull(out, "out")), g -> writeReport(report, g));
  }

  /**
   * Writes an import report: source, format, traces and events read, imported and skipped, the
   * count of each skip reason that occurred, and the problems kept.
   *
   * @param report the report
   * @param out where it goes; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public void write(ImportReport report, Writer out) throws IOException {
    requireNonNull(report, "report");
    run(FACTORY.createGenerator(ObjectWriteContext.empty(), requireNonNull(out, "out")), g -> writeReport(report, g));
  }

  /**
   * Writes a directly-follows graph: the number of journeys, each touchpoint with its occurrences,
   * starts and ends (in the order first met), each transition with its count, probability and
   * waiting times, and the variants.
   *
   * @param dfg the graph
   * @param out where it goes; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public void write(DirectlyFollowsGraph dfg, Writer out) throws IOException {
    requireNonNull(dfg, "dfg");
    run(FACTORY.createGenerator(ObjectWriteContext.empty(), requireNonNull(out, "out")), g -> writeGraph(dfg, g));
  }

  /**
   * Writes a directly-follows graph as UTF-8 JSON: as {@link #write(DirectlyFollowsGraph, Writer)}.
   *
   * @param dfg the graph
   * @param out where it goes; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public void write(DirectlyFollowsGraph dfg, OutputStream out) throws IOException {
    requireNonNull(dfg, "dfg");
    run(utf8(out), g -> writeGraph(dfg, g));
  }

  /** Writes a score as one JSON value into {@code g}: as {@link #write(Score, Writer)}. */
  static void writeScore(Score score, JsonGenerator g) {
    requireNonNull(score, "score");
    requireNonNull(g, "g");
    g.writeStartObject();
    g.writeBooleanProperty("defined", score.isDefined());
    if (score.isDefined()) {
      g.writeNumberProperty("value", score.value());
      g.writeStringProperty("explanation", score.explanation());
    } else {
      g.writeNullProperty("value");
      g.writeStringProperty("reason", score.explanation());
    }
    g.writeName("contributions");
    writeContributions(score.contributions(), Integer.MAX_VALUE, g);
    g.writeEndObject();
  }

  private void writeScores(Scores scores, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("metric", scores.metric());
    g.writeStringProperty("provider", scores.provider().id());
    g.writeNumberProperty("customers", scores.size());
    g.writeNumberProperty("defined", scores.definedCount());
    g.writeNumberProperty("topFactors", topFactors);
    g.writeArrayPropertyStart("scores");
    for (int i = 0; i < scores.size(); i++) {
      g.writeStartObject();
      g.writeStringProperty("customer", scores.customer(i).id());
      boolean defined = scores.isDefined(i);
      g.writeBooleanProperty("defined", defined);
      if (defined) {
        g.writeNumberProperty("value", scores.value(i));
      } else {
        g.writeNullProperty("value");
        g.writeStringProperty("reason", scores.reason(i).orElseThrow());
      }
      g.writeName("topFactors");
      writeContributions(scores.topFactors(i), topFactors, g);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeContributions(List<Contribution> contributions, int n, JsonGenerator g) {
    g.writeStartArray();
    for (int k = 0; k < Math.min(n, contributions.size()); k++) {
      Contribution c = contributions.get(k);
      g.writeStartObject();
      g.writeStringProperty("factor", c.factor());
      g.writeNumberProperty("share", c.share());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void writeReport(AlignmentReport report, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("customer", report.dyad().customer().id());
    g.writeStringProperty("provider", report.dyad().provider().id());
    writeOptional("overall", report.overall(), g);
    Optional<Level> binding = report.bindingLevel();
    if (binding.isPresent()) {
      g.writeStringProperty("bindingLevel", binding.get().name());
    } else {
      g.writeNullProperty("bindingLevel");
    }
    g.writeStringProperty("bindingExplanation", report.bindingExplanation());
    g.writeArrayPropertyStart("levels");
    for (Level level : Level.values()) {
      g.writeStartObject();
      g.writeStringProperty("level", level.name());
      writeOptional("score", report.levelScore(level), g);
      Optional<AlignmentReport.Entry> weakest = report.weakest(level);
      if (weakest.isPresent()) {
        g.writeStringProperty("weakest", weakest.get().metric());
      } else {
        g.writeNullProperty("weakest");
      }
      g.writeArrayPropertyStart("metrics");
      for (AlignmentReport.Entry e : report.entries(level)) {
        g.writeStartObject();
        g.writeStringProperty("metric", e.metric());
        g.writeName("score");
        writeScore(e.score(), g);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("costliestFactors");
    for (AlignmentReport.FactorCost f : report.costliestFactors()) {
      g.writeStartObject();
      g.writeStringProperty("factor", f.factor());
      g.writeNumberProperty("cost", f.cost());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeReport(TheoryReport report, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("title", report.title());
    g.writeBooleanProperty("holds", report.holds());
    g.writeArrayPropertyStart("rules");
    for (RuleOutcome o : report.outcomes()) {
      Rule rule = o.rule();
      g.writeStartObject();
      g.writeStringProperty("id", rule.id());
      g.writeStringProperty("statement", rule.statement());
      g.writeStringProperty("source", rule.source());
      g.writeStringProperty("checks", rule.checks());
      g.writeBooleanProperty("holds", o.holds());
      g.writeArrayPropertyStart("violations");
      for (Violation v : o.violations()) {
        g.writeStartObject();
        g.writeStringProperty("ruleId", v.ruleId());
        g.writeArrayPropertyStart("elements");
        for (Element e : v.elements()) {
          g.writeStartObject();
          g.writeStringProperty("id", e.id());
          g.writeStringProperty("kind", e.elementKind().name());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringProperty("message", v.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeReport(ImportReport report, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("source", report.source());
    g.writeStringProperty("format", report.format());
    g.writeBooleanProperty("clean", report.isClean());
    g.writeObjectPropertyStart("traces");
    g.writeNumberProperty("read", report.tracesRead());
    g.writeNumberProperty("imported", report.tracesImported());
    g.writeNumberProperty("skipped", report.tracesSkipped());
    g.writeEndObject();
    g.writeObjectPropertyStart("events");
    g.writeNumberProperty("read", report.eventsRead());
    g.writeNumberProperty("imported", report.eventsImported());
    g.writeNumberProperty("skipped", report.eventsSkipped());
    g.writeEndObject();
    g.writeArrayPropertyStart("skipped");
    for (Map.Entry<SkipReason, Long> e : report.skipped().entrySet()) {
      g.writeStartObject();
      g.writeStringProperty("reason", e.getKey().name());
      g.writeStringProperty("scope", e.getKey().scope().name());
      g.writeBooleanProperty("malformed", e.getKey().isMalformed());
      g.writeNumberProperty("count", e.getValue());
      g.writeStringProperty("description", e.getKey().description());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("problems");
    for (ImportReport.Problem p : report.problems()) {
      g.writeStartObject();
      g.writeStringProperty("reason", p.reason().name());
      g.writeNumberProperty("line", p.line());
      g.writeNumberProperty("column", p.column());
      g.writeStringProperty("message", p.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeGraph(DirectlyFollowsGraph dfg, JsonGenerator g) {
    g.writeStartObject();
    g.writeNumberProperty("journeys", dfg.journeyCount());
    g.writeArrayPropertyStart("touchpoints");
    for (String t : dfg.touchpoints()) {
      g.writeStartObject();
      g.writeStringProperty("id", t);
      g.writeNumberProperty("occurrences", dfg.occurrences(t));
      g.writeNumberProperty("starts", dfg.starts().getOrDefault(t, 0L));
      g.writeNumberProperty("ends", dfg.ends().getOrDefault(t, 0L));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("transitions");
    for (DirectlyFollowsGraph.Transition t : dfg.transitions()) {
      g.writeStartObject();
      g.writeStringProperty("source", t.source());
      g.writeStringProperty("target", t.target());
      g.writeNumberProperty("count", t.count());
      g.writeNumberProperty("probability", t.probability());
      g.writeStringProperty("medianWait", t.medianWait().toString());
      g.writeStringProperty("p90Wait", t.p90Wait().toString());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("variants");
    for (DirectlyFollowsGraph.Variant v : dfg.variants()) {
      g.writeStartObject();
      g.writeArrayPropertyStart("touchpoints");
      for (String t : v.touchpoints()) {
        g.writeString(t);
      }
      g.writeEndArray();
      g.writeNumberProperty("count", v.count());
      g.writeNumberProperty("share", v.share());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeOptional(String name, OptionalDouble value, JsonGenerator g) {
    if (value.isPresent()) {
      g.writeNumberProperty(name, value.getAsDouble());
    } else {
      g.writeNullProperty(name);
    }
  }

  private static JsonGenerator utf8(OutputStream out) throws IOException {
    requireNonNull(out, "out");
    try {
      return FACTORY.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8);
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  /** What goes into a generator. */
  @FunctionalInterface
  private interface Body {
    void write(JsonGenerator g);
  }

  /**
   * Writes {@code body} with {@code g}, then flushes and releases it (not its target), turning the
   * generator's wrapped I/O errors back into {@link IOException}s.
   */
  private static void run(JsonGenerator g, Body body) throws IOException {
    try (g) {
      body.write(g);
      g.flush();
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }
}
