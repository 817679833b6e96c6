package org.attune.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.attune.journey.Conformance;
import org.attune.journey.DirectlyFollowsGraph;
import org.attune.journey.PlannedJourney;
import org.attune.journey.RelationshipView;
import org.attune.model.Journey;
import org.junit.jupiter.api.Test;

/**
 * The three real logs of {@code ../shared/data}, checked against counts taken by a second route: a
 * line-by-line regular-expression pass that knows nothing of StAX, of the library's timestamp parser
 * or of its mapping. Skips, saying why, when a file is absent.
 */
class RealLogsTest {

  private static final Pattern ATTRIBUTE =
      Pattern.compile("<(string|date|int|float|boolean|id)\\s+key=\"([^\"]*)\"\\s+value=\"([^\"]*)\"");

  /** {@return the data folder: -Dattune.data.dir, else ../shared/data beside the project root} */
  static Path dataDir() {
    String property = System.getProperty("attune.data.dir");
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    return (dir == null ? Path.of("") : dir).resolve("../shared/data").normalize();
  }

  static Path file(String name) {
    Path file = dataDir().resolve(name);
    assumeTrue(Files.isReadable(file),
        () -> "skipped: the real log " + name + " is not at " + file.toAbsolutePath()
            + " (set -Dattune.data.dir to the folder holding it)");
    return file;
  }

  /** One event as the second route sees it. */
  record Event(String activity, Instant time, String resource) {}

  /** What the second route counts. */
  static final class Truth {
    long traces;
    long events;
    long completeEvents;
    long tracesWithComplete;
    final Map<String, Long> pairs = new HashMap<>();
    final Map<String, Long> starts = new HashMap<>();
    final Map<String, Long> ends = new HashMap<>();
    final Set<List<String>> variants = new HashSet<>();
    final Set<String> activities = new HashSet<>();
    final Map<String, Long> completeByActivity = new HashMap<>();
    final Set<String> resources = new HashSet<>();
    final Map<String, List<Long>> waits = new HashMap<>();
    final Set<String> customers = new HashSet<>();
  }

  static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&apos;", "'").replace("&amp;", "&");
  }

  /** The second route: lines and a regular expression; each attribute sits on a line of its own. */
  static Truth count(Path file, String customerKey) throws IOException {
    Truth t = new Truth();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      boolean inTrace = false;
      boolean inEvent = false;
      List<Event> complete = new ArrayList<>();
      String customer = null;
      Map<String, String> attrs = new HashMap<>();
      String line;
      while ((line = r.readLine()) != null) {
        String s = line.strip();
        if (s.startsWith("<trace")) {
          inTrace = true;
          complete.clear();
          customer = null;
        } else if (s.startsWith("<event")) {
          inEvent = true;
          attrs.clear();
        } else if (s.startsWith("</event")) {
          inEvent = false;
          t.events++;
          String life = attrs.get("lifecycle:transition");
          if (life == null || life.equalsIgnoreCase("complete")) {
            t.completeEvents++;
            Instant time = OffsetDateTime.parse(attrs.get("time:timestamp")).toInstant();
            complete.add(new Event(attrs.get("concept:name"), time, attrs.get("org:resource")));
          }
          if (customer == null && customerKey != null) {
            customer = attrs.get(customerKey);
          }
        } else if (s.startsWith("</trace")) {
          inTrace = false;
          t.traces++;
          if (!complete.isEmpty()) {
            t.tracesWithComplete++;
            tally(t, complete);
            if (customer != null) {
              t.customers.add(customer);
            }
          }
        } else if (inTrace) {
          Matcher m = ATTRIBUTE.matcher(s);
          if (m.find()) {
            if (inEvent) {
              attrs.put(m.group(2), unescape(m.group(3)));
            } else if (customerKey != null && m.group(2).equals(customerKey)) {
              customer = unescape(m.group(3));
            }
          }
        }
      }
    }
    return t;
  }

  private static void tally(Truth t, List<Event> events) {
    List<Event> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparing(Event::time)); // List.sort is stable
    List<String> variant = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Event e = sorted.get(i);
      variant.add(e.activity());
      t.activities.add(e.activity());
      t.completeByActivity.merge(e.activity(), 1L, Long::sum);
      if (e.resource() != null) {
        t.resources.add(e.resource());
      }
      if (i > 0) {
        Event before = sorted.get(i - 1);
        String key = before.activity() + "\u0000" + e.activity();
        t.pairs.merge(key, 1L, Long::sum);
        t.waits.computeIfAbsent(key, k -> new ArrayList<>())
            .add(Duration.between(before.time(), e.time()).toNanos());
      }
    }
    t.starts.merge(variant.get(0), 1L, Long::sum);
    t.ends.merge(variant.get(variant.size() - 1), 1L, Long::sum);
    t.variants.add(variant);
  }

  static void assertSameAsTruth(EventLog log, Truth truth) {
    ImportReport r = log.report();
    assertThat(r.isClean()).as(r.render()).isTrue();
    assertThat(r.tracesRead()).isEqualTo(truth.traces);
    assertThat(r.eventsRead()).isEqualTo(truth.events);
    assertThat(r.eventsImported()).isEqualTo(truth.completeEvents);
    assertThat(r.skipped(SkipReason.LIFECYCLE_FILTERED))
        .isEqualTo(truth.events - truth.completeEvents);
    assertThat(r.tracesImported()).isEqualTo(truth.tracesWithComplete);
    assertThat(log.journeys()).hasSize((int) truth.tracesWithComplete);
    assertThat(log.touchpoints()).hasSize(truth.activities.size());
    assertThat(log.resources()).hasSize(truth.resources.size());
    XesImportTest.assertBalanced(r);

    DirectlyFollowsGraph dfg = DirectlyFollowsGraph.of(log.journeys());
    Map<String, Long> mined = new HashMap<>();
    for (DirectlyFollowsGraph.Transition tr : dfg.transitions()) {
      mined.put(tr.source() + "\u0000" + tr.target(), tr.count());
    }
    assertThat(mined).isEqualTo(truth.pairs);
    assertThat(dfg.graph().edgeSet()).hasSize(truth.pairs.size());
    assertThat(dfg.starts()).containsExactlyInAnyOrderEntriesOf(truth.starts);
    assertThat(dfg.ends()).containsExactlyInAnyOrderEntriesOf(truth.ends);
    assertThat(dfg.variants()).hasSize(truth.variants.size());
    assertThat(dfg.variants().stream().mapToLong(DirectlyFollowsGraph.Variant::count).sum())
        .isEqualTo(truth.tracesWithComplete);
    // the median wait of the most frequent transition, by sorting the second route's waits
    DirectlyFollowsGraph.Transition top = dfg.transitions().get(0);
    List<Long> waits = new ArrayList<>(truth.waits.get(top.source() + "\u0000" + top.target()));
    waits.sort(null);
    int n = waits.size();
    long median = n % 2 == 1 ? waits.get(n / 2) : (waits.get(n / 2 - 1) + waits.get(n / 2)) / 2;
    assertThat((double) top.medianWait().toNanos()).isCloseTo(median, within(1.0));
  }

  @Test
  void bpic_2012_imports_every_complete_event_and_mines_the_same_directly_follows_pairs()
      throws IOException {
    // given
    Path file = file("bpic2012.xes.gz");
    Truth truth = count(file, null);
    // when
    EventLog log = EventLogs.readXes(file, LogMapping.defaults());
    // then
    assertThat(truth.traces).isEqualTo(13_087); // as the data README says
    assertThat(truth.events).isEqualTo(262_200);
    assertSameAsTruth(log, truth);
    DirectlyFollowsGraph dfg = DirectlyFollowsGraph.of(log.journeys());
    assertThat(dfg.count("A_SUBMITTED", "A_PARTLYSUBMITTED"))
        .isEqualTo(truth.pairs.get("A_SUBMITTED\u0000A_PARTLYSUBMITTED"));
    assertThat(log.idClashes()).isEmpty();
  }

  @Test
  void bpic_2012_without_its_work_items_is_one_line_and_counts_them_as_filtered()
      throws IOException {
    // given
    Path file = file("bpic2012.xes.gz");
    Truth truth = count(file, null);
    long workItems = truth.completeByActivity.entrySet().stream()
        .filter(e -> e.getKey().startsWith("W_")).mapToLong(Map.Entry::getValue).sum();
    // when
    EventLog log = EventLogs.readXes(file,
        LogMapping.defaults().excludingActivities(Pattern.compile("W_.*")));
    // then: every complete W_ event filtered, every other complete event imported
    ImportReport r = log.report();
    assertThat(workItems).isPositive();
    assertThat(r.isClean()).as(r.render()).isTrue();
    assertThat(r.skipped(SkipReason.ACTIVITY_FILTERED)).isEqualTo(workItems);
    assertThat(r.eventsImported()).isEqualTo(truth.completeEvents - workItems);
    assertThat(log.touchpoints()).hasSize(
        (int) truth.activities.stream().filter(a -> !a.startsWith("W_")).count());
    assertThat(log.touchpoints()).noneMatch(t -> t.id().startsWith("W_"));
    XesImportTest.assertBalanced(r);
  }

  @Test
  void helpdesk_imports_every_event_and_joins_tickets_by_customer() throws IOException {
    // given
    Path file = file("helpdesk.xes.gz");
    Truth truth = count(file, "customer");
    // when
    EventLog log = EventLogs.readXes(file, LogMapping.defaults());
    // then
    assertThat(truth.traces).isEqualTo(4_580);
    assertThat(truth.events).isEqualTo(21_348);
    assertSameAsTruth(log, truth);
    // with the customer attribute, one customer per distinct value, each journey a ticket
    EventLog byCustomer = EventLogs.readXes(file,
        LogMapping.builder().customerAttribute("customer").build());
    assertThat(byCustomer.customers()).hasSize(truth.customers.size());
    assertThat(byCustomer.journeys()).hasSize((int) truth.tracesWithComplete);
    List<RelationshipView> views = RelationshipView.all(byCustomer.journeys());
    assertThat(views).hasSize(truth.customers.size());
    assertThat(views.stream().mapToInt(v -> v.journeys().size()).sum())
        .isEqualTo((int) truth.tracesWithComplete);
  }

  @Test
  void running_example_matches_the_second_route_and_checks_against_its_happy_path()
      throws IOException {
    // given
    Path file = file("running-example.xes");
    Truth truth = count(file, null);
    // when
    EventLog log = EventLogs.readXes(file, LogMapping.defaults());
    // then
    assertThat(truth.traces).isEqualTo(6);
    assertThat(truth.events).isEqualTo(42);
    assertSameAsTruth(log, truth);
    // every case registers first and ends paid or rejected: content of the 4-step plan >= 3/4
    PlannedJourney plan = PlannedJourney.of(
        "register request", "check ticket", "decide", "pay compensation");
    for (Journey j : log.journeys()) {
      assertThat(Conformance.of(plan, j).content()).isGreaterThanOrEqualTo(0.75);
    }
  }
}
