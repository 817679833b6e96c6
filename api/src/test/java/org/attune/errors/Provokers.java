package org.attune.errors;

import static org.attune.testlib.scenario.PersonalData.CLINIC;
import static org.attune.testlib.scenario.PersonalData.JANE;
import static org.attune.testlib.scenario.PersonalData.NAME;
import static org.attune.testlib.scenario.PersonalData.NEIGHBOUR;
import static org.attune.testlib.scenario.PersonalData.STRANGER;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.ecosystem.Level;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.io.CsvColumns;
import org.attune.io.EventLog;
import org.attune.io.EventLogs;
import org.attune.io.LogMapping;
import org.attune.io.TableImport;
import org.attune.io.TableMapping;
import org.attune.io.Tables;
import org.attune.journey.PlannedJourney;
import org.attune.metric.CompositeMetric;
import org.attune.metric.Dyad;
import org.attune.metric.Metric;
import org.attune.metric.MetricProvider;
import org.attune.metric.MetricRegistry;
import org.attune.metric.Score;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Element;
import org.attune.model.Emotion;
import org.attune.model.Journey;
import org.attune.model.Profile;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.attune.testlib.scenario.PersonalData;
import org.attune.theory.Rule;
import org.attune.theory.RuleSet;
import org.attune.theory.SdlAxioms;

/**
 * One call per example message of {@code docs/ERRORS.md}, by the example's id: each throws the
 * exception the catalogue shows. Every element involved is named {@link PersonalData#NAME}.
 */
final class Provokers {

  /** A call that throws. */
  @FunctionalInterface
  interface Provoker {
    /** Makes the call; {@return what it returned, if it did} */
    Object run() throws Exception;
  }

  private static final String XES_HEAD = "<log xes.version=\"1849-2016\">\n";

  private Provokers() {}

  /** {@return every provoker, by example id, in the catalogue's order} */
  static Map<String, Provoker> all() {
    Map<String, Provoker> p = new LinkedHashMap<>();
    // NullPointerException
    p.put("npe-name", () -> Actor.individual("c-1", null));
    p.put("npe-batch", () -> {
      ServiceEcosystem eco = PersonalData.ecosystem();
      return org.attune.metric.Cohort.of(eco, java.util.Arrays.asList(JANE, null));
    });
    // IllegalArgumentException, model
    p.put("iae-blank-id", () -> Actor.individual("\u00a0", NAME));
    p.put("iae-control-in-id", () -> Actor.individual("c-1\u001b[31m", NAME));
    p.put("iae-control-in-name", () -> Actor.individual("c-1", NAME + "\u0000"));
    p.put("iae-level-range", () -> Profile.builder().level(Dimension.FUNCTIONAL, 1.5));
    p.put("iae-weight", () -> Profile.builder().weight(Dimension.SOCIAL, -1));
    p.put("iae-profile-empty", () -> Profile.builder().build());
    p.put("iae-emotion", () -> Emotion.of(0, 2, 0));
    p.put("iae-relation-kinds",
        () -> new Relation(JANE, RelationType.PERFORMS, CLINIC, 1.0));
    p.put("iae-relation-strength",
        () -> new Relation(CLINIC, RelationType.SERVES, JANE, 0));
    p.put("iae-journey-empty", () -> Journey.of(List.of()));
    // IllegalArgumentException, ecosystem, metrics, journeys, theory, io
    p.put("iae-not-in-ecosystem", () -> PersonalData.ecosystem().around(STRANGER, 1));
    p.put("iae-radius", () -> PersonalData.ecosystem().around(JANE, -1));
    p.put("iae-no-such-vertex", () -> PersonalData.ecosystem().graph().edgesOf(STRANGER));
    p.put("iae-dyad", () -> Dyad.of(PersonalData.ecosystem(), STRANGER, CLINIC));
    p.put("iae-unknown-metric", () -> MetricRegistry.builtIns().metric("fit"));
    p.put("iae-composite-weight", () -> CompositeMetric.builder("mix", Level.MICRO)
        .part(MetricRegistry.builtIns().metric("cosine"), 0));
    p.put("iae-composite-dyad-weight", () -> CompositeMetric.builder("mood-tuned", Level.MICRO)
        .part(MetricRegistry.builtIns().metric("cosine"), dyad -> -1)
        .build()
        .measure(org.attune.metric.Dyad.of(PersonalData.ecosystem(), JANE, CLINIC)));
    p.put("iae-composite-minimum", () -> CompositeMetric.builder("fit", Level.MICRO)
        .part(MetricRegistry.builtIns().metric("cosine"), 1)
        .minDefinedParts(2)
        .build());
    p.put("iae-batch-value", () -> org.attune.metric.Scoring.sequential().score(
        new BrokenBatch((from, to, sink) -> sink.defined(from, 1.5)),
        PersonalData.ecosystem(), CLINIC, List.of(JANE)));
    p.put("iae-top-factors", () -> org.attune.metric.Scoring.sequential().withTopFactors(-1));
    p.put("iae-planned-journey", () -> PlannedJourney.of());
    p.put("iae-rule-set", () -> RuleSet.of(SdlAxioms.coCreation(), SdlAxioms.coCreation()));
    p.put("iae-rule-id", () -> Rule.of("my rule", "s", "t", eco -> List.of()));
    p.put("iae-focus-customer", () -> org.attune.theory.CdlFoundations.all(
        org.attune.theory.CustomerFocus.of(STRANGER)).check(PersonalData.ecosystem()));
    p.put("iae-max-value-length", () -> LogMapping.builder().maxValueLength(0));
    p.put("iae-delimiter", () -> CsvColumns.defaults().withDelimiter('"'));
    // EcosystemException
    p.put("eco-one", () -> ServiceEcosystem.builder()
        .add(JANE, CLINIC, Actor.individual("c-1", NAME + " (2)"))
        .build());
    p.put("eco-many", () -> ServiceEcosystem.builder()
        .add(JANE, CLINIC)
        .relate(CLINIC, RelationType.SERVES, JANE, 0.5)
        .relate(CLINIC, RelationType.SERVES, JANE, 0.25)
        .relate(CLINIC, RelationType.SERVES, STRANGER)
        .build());
    p.put("eco-unrelate-absent", () -> PersonalData.ecosystem().toBuilder()
        .unrelate(CLINIC, RelationType.SERVES, NEIGHBOUR)
        .build());
    p.put("eco-remove-absent", () -> PersonalData.ecosystem().toBuilder()
        .remove(STRANGER)
        .build());
    p.put("eco-relate-existing", () -> PersonalData.ecosystem().toBuilder()
        .relate(CLINIC, RelationType.SERVES, JANE, 0.9)
        .build());
    // LogFormatException
    p.put("log-not-xml", () -> xes("this is not XML"));
    p.put("log-not-log", () -> xes("<trace/>"));
    p.put("log-csv-quote", () -> csv("case,activity,timestamp\nc1,\"A,2020-01-01T00:00:00Z\n"));
    p.put("log-csv-header", () -> csv("case,step,timestamp\nc1,A,2020-01-01T00:00:00Z\n"));
    p.put("log-too-long", () -> EventLogs.readXes(stream(XES_HEAD
        + "<trace>\n<string key=\"concept:name\" value=\"c1\"/>\n"
        + "<string key=\"address\" value=\"" + NAME + "\"/>\n" + event("A") + "</trace>\n</log>"),
        LogMapping.builder().maxValueLength(10).build()));
    p.put("log-csv-too-long", () -> EventLogs.readCsv(
        new StringReader("case,activity,timestamp\nc1,Consultation,2020-01-01T00:00:00Z\n"),
        CsvColumns.defaults(), LogMapping.builder().maxValueLength(10).build()));
    p.put("log-forbidden-character", () -> xes(XES_HEAD
        + "<trace>\n<string key=\"concept:name\" value=\"c\u00001\"/>\n" + event("A")
        + "</trace>\n</log>"));
    p.put("log-undeclared-entity", () -> xes(XES_HEAD
        + "<trace>\n<string key=\"concept:name\" value=\"c&leak;1\"/>\n" + event("A")
        + "</trace>\n</log>"));
    p.put("log-missing-case-id", () -> xes(XES_HEAD + "<trace>\n" + event("A") + "</trace>\n</log>"));
    p.put("log-blank-case-id", () -> xes(XES_HEAD + "<trace>\n<string key=\"concept:name\" value=\" \"/>\n"
        + event("A") + "</trace>\n</log>"));
    p.put("log-control-in-trace", () -> xes("<?xml version=\"1.1\"?>\n" + XES_HEAD
        + "<trace>\n<string key=\"concept:name\" value=\"c&#x1b;1\"/>\n" + event("A") + "</trace>\n</log>"));
    p.put("log-missing-customer", () -> EventLogs.readXes(stream(XES_HEAD
        + "<trace>\n<string key=\"concept:name\" value=\"c1\"/>\n" + event("A") + "</trace>\n</log>"),
        LogMapping.builder().customerAttribute("customer").build()));
    p.put("log-empty-trace", () -> xes(XES_HEAD
        + "<trace>\n<string key=\"concept:name\" value=\"c1\"/>\n</trace>\n</log>"));
    p.put("log-missing-activity", () -> xes(XES_HEAD
        + "<trace>\n<string key=\"concept:name\" value=\"c1\"/>\n"
        + "<event><date key=\"time:timestamp\" value=\"2020-01-01T00:00:00Z\"/></event>\n"
        + "</trace>\n</log>"));
    p.put("log-blank-activity", () -> csv("case,activity,timestamp\nc1, ,2020-01-01T00:00:00Z\n"));
    p.put("log-missing-timestamp", () -> csv("case,activity,timestamp\nc1,A,\n"));
    p.put("log-unparseable-timestamp", () -> csv("case,activity,timestamp\nc1,A,yesterday\n"));
    p.put("log-unparseable-emotion", () -> EventLogs.readXes(stream(XES_HEAD
        + "<trace>\n<string key=\"concept:name\" value=\"c1\"/>\n"
        + "<event><string key=\"concept:name\" value=\"A\"/>"
        + "<date key=\"time:timestamp\" value=\"2020-01-01T00:00:00Z\"/>"
        + "<float key=\"pleasure\" value=\"2\"/></event>\n</trace>\n</log>"),
        LogMapping.builder().pleasureAttribute("pleasure").build()));
    p.put("log-control-in-event", () -> EventLogs.readCsv(new StringReader(
        "case,activity,timestamp,resource\nc1,A,2020-01-01T00:00:00Z,\"" + NAME + "\u001b\"\n"),
        CsvColumns.defaults().withResource("resource"), LogMapping.defaults()));
    p.put("log-event-outside-trace", () -> xes(XES_HEAD + event("A") + "</log>"));
    p.put("log-wrong-field-count", () -> csv("case,activity,timestamp\nc1,A\n"));
    p.put("log-malformed-encoding", () -> {
      Path file = Files.createDirectories(Path.of("target", "errors")).resolve("latin-1.csv");
      Files.write(file, "case,activity,timestamp\nc1,Caf\u00e9,2020-01-01T00:00:00Z\n"
          .getBytes(StandardCharsets.ISO_8859_1));
      return EventLogs.readCsv(file, CsvColumns.defaults(), LogMapping.defaults());
    });
    // the tables (org.attune.io.Tables), through the parser and the reasons of event logs
    p.put("table-missing-field", () -> survey("respondent,dimension,level\n,functional,0.5\n"));
    p.put("table-invalid-id", () -> survey("respondent,dimension,level\n\" \",functional,0.5\n"));
    p.put("table-invalid-value", () -> survey("respondent,dimension,level\nc1,functional,\"1,5\"\n"));
    p.put("table-unknown-name",
        () -> survey("respondent,aspect,dimension,level\nc1,dreamt,functional,0.5\n"));
    p.put("table-unknown-element", () -> Tables.readRelations(
        new StringReader("source,type,target\n" + CLINIC.id() + ",SERVES,bob\n"),
        TableMapping.builder().elements(List.of(CLINIC)).build()));
    p.put("table-duplicate-row",
        () -> survey("respondent,dimension,level\nc1,functional,0.5\nc1,functional,0.6\n"));
    p.put("table-invalid-profile",
        () -> survey("respondent,dimension,level,weight\nc1,functional,0.5,0\n"));
    // IllegalStateException
    p.put("ise-undefined-score", () -> Score.undefined("the customer has no own logic").value());
    p.put("ise-rule-null", () -> RuleSet.of(Rule.of("my.rule", "s", "t", eco -> null))
        .check(PersonalData.ecosystem()));
    p.put("ise-duplicate-metric", () -> MetricRegistry.of(List.of(new Cosine(), new Cosine())));
    p.put("ise-batch-order", () -> org.attune.metric.Scoring.sequential().score(
        new BrokenBatch((from, to, sink) -> sink.defined(to - 1, 0.5)),
        PersonalData.ecosystem(), CLINIC, List.of(JANE, CLINIC)));
    p.put("ise-batch-incomplete", () -> org.attune.metric.Scoring.sequential().score(
        new BrokenBatch((from, to, sink) -> { }),
        PersonalData.ecosystem(), CLINIC, List.of(JANE, CLINIC)));
    // NoSuchElementException
    p.put("nse-iterator", () -> {
      Iterator<Element> it = PersonalData.ecosystem().graph().vertexSet().iterator();
      while (true) {
        it.next();
      }
    });
    // IndexOutOfBoundsException
    p.put("ioobe-profile", () -> PersonalData.OWN.levelAt(3));
    // UnsupportedOperationException
    p.put("uoe-graph", () -> PersonalData.ecosystem().graph().addVertex(STRANGER));
    // IOException
    p.put("io-no-such-file", () -> EventLogs.readXes(Path.of("no-such-log.xes"),
        LogMapping.defaults()));
    return p;
  }

  /** A provider of the cosine metric alone. */
  static final class Cosine implements MetricProvider {
    @Override
    public List<Metric> metrics() {
      return List.of(MetricRegistry.builtIns().metric("cosine"));
    }
  }

  private static String event(String activity) {
    return "<event><string key=\"concept:name\" value=\"" + activity + "\"/>"
        + "<date key=\"time:timestamp\" value=\"2020-01-01T00:00:00Z\"/></event>\n";
  }

  private static EventLog xes(String text) throws IOException {
    return EventLogs.readXes(stream(text), LogMapping.defaults());
  }

  private static EventLog csv(String text) throws IOException {
    return EventLogs.readCsv(new StringReader(text), CsvColumns.defaults(), LogMapping.defaults());
  }

  private static TableImport survey(String text) throws IOException {
    return Tables.readSurvey(new StringReader(text), TableMapping.defaults());
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A batch metric whose batch path is given, to provoke the batch contract's errors. */
  private record BrokenBatch(org.attune.metric.CohortScorer scorer)
      implements org.attune.metric.BatchMetric {
    @Override
    public String name() {
      return "broken";
    }

    @Override
    public Level level() {
      return Level.MICRO;
    }

    @Override
    public org.attune.metric.Score measure(org.attune.metric.Dyad dyad) {
      return org.attune.metric.Score.undefined("Not measured.");
    }

    @Override
    public org.attune.metric.CohortScorer prepare(
        org.attune.metric.Cohort cohort, org.attune.model.Actor provider) {
      return scorer;
    }
  }
}
