package org.attune.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.attune.journey.Conformance;
import org.attune.journey.DirectlyFollowsGraph;
import org.attune.journey.PlannedJourney;
import org.attune.model.Actor;
import org.attune.model.Episode;
import org.attune.model.Journey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property-style round trips over seeded random logs: what is written as XES comes back as the same
 * journeys, and the mined graph keeps its invariants.
 */
class RandomLogsTest {

  static final String[] ACTIVITIES = {"apply", "call & wait", "<sign>", "say \"hi\"", "pay"};
  static final String[] LIFECYCLES = {null, "complete", "COMPLETE", "start", "schedule"};
  static final String[] RESOURCES = {null, "ann", "bob", "Zoë"};

  record Written(String activity, Instant time, String resource, boolean kept) {}

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  static String stamp(Instant t, Random r) {
    return switch (r.nextInt(4)) {
      case 0 -> t.toString(); // Z, millis only if any
      case 1 -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atOffset(ZoneOffset.ofHours(2)));
      case 2 -> DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx")
          .format(t.atOffset(ZoneOffset.ofHoursMinutes(-5, -30)));
      default -> DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
          .format(t.atOffset(ZoneOffset.UTC));
    };
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void random_logs_round_trip_and_their_graph_keeps_its_invariants(long seed) throws IOException {
    // given: a random log, and what it should become, written side by side
    Random r = new Random(seed);
    StringBuilder xes = new StringBuilder("<?xml version=\"1.0\"?>\n<log xes.version=\"1849-2016\">\n");
    List<List<Written>> expected = new ArrayList<>();
    int traces = 1 + r.nextInt(30);
    long empty = 0;
    long allFiltered = 0;
    long events = 0;
    for (int t = 0; t < traces; t++) {
      xes.append("<trace><string key=\"concept:name\" value=\"case-").append(t).append("\"/>\n");
      List<Written> written = new ArrayList<>();
      int n = r.nextInt(9);
      Instant time = Instant.parse("2020-01-01T00:00:00Z").plusSeconds(r.nextInt(100_000));
      for (int e = 0; e < n; e++) {
        if (r.nextInt(4) > 0) { // sometimes equal times, sometimes out of order
          time = time.plusMillis(r.nextInt(7_200_000) - 600_000L);
        }
        String activity = ACTIVITIES[r.nextInt(ACTIVITIES.length)];
        String life = LIFECYCLES[r.nextInt(LIFECYCLES.length)];
        String resource = RESOURCES[r.nextInt(RESOURCES.length)];
        xes.append(" <event>");
        if (life != null) {
          xes.append("<string key=\"lifecycle:transition\" value=\"").append(life).append("\"/>");
        }
        xes.append("<date key=\"time:timestamp\" value=\"").append(stamp(time, r)).append("\"/>");
        xes.append("<string key=\"concept:name\" value=\"").append(escape(activity)).append("\"/>");
        if (resource != null) {
          xes.append("<string key=\"org:resource\" value=\"").append(escape(resource)).append("\"/>");
        }
        xes.append("</event>\n");
        written.add(new Written(activity, time, resource,
            life == null || life.equalsIgnoreCase("complete")));
        events++;
      }
      xes.append("</trace>\n");
      List<Written> kept = new ArrayList<>(written.stream().filter(Written::kept).toList());
      kept.sort(Comparator.comparing(Written::time)); // stable
      if (n == 0) {
        empty++;
      } else if (kept.isEmpty()) {
        allFiltered++;
      } else {
        expected.add(kept);
      }
    }
    xes.append("</log>\n");

    // when
    EventLog log = XesImportTest.read(xes.toString(),
        LogMapping.builder().onMalformed(MalformedInputPolicy.SKIP).build());

    // then: the same journeys
    ImportReport report = log.report();
    assertThat(report.tracesRead()).isEqualTo(traces);
    assertThat(report.eventsRead()).isEqualTo(events);
    assertThat(report.skipped(SkipReason.EMPTY_TRACE)).isEqualTo(empty);
    assertThat(report.skipped(SkipReason.NO_EVENT_IMPORTED)).isEqualTo(allFiltered);
    XesImportTest.assertBalanced(report);
    assertThat(log.journeys()).hasSize(expected.size());
    for (int j = 0; j < expected.size(); j++) {
      List<Episode> got = log.journeys().get(j).episodes();
      List<Written> want = expected.get(j);
      assertThat(got).hasSize(want.size());
      for (int e = 0; e < want.size(); e++) {
        assertThat(got.get(e).touchpoint().id()).isEqualTo(want.get(e).activity());
        assertThat(got.get(e).time()).isEqualTo(want.get(e).time().truncatedTo(
            java.time.temporal.ChronoUnit.MILLIS));
        assertThat(got.get(e).counterpart().map(Actor::id))
            .isEqualTo(Optional.ofNullable(want.get(e).resource()));
      }
    }

    // and the graph's invariants
    DirectlyFollowsGraph dfg = DirectlyFollowsGraph.of(log.journeys());
    long n = log.journeys().size();
    long transitions = log.journeys().stream().mapToLong(j -> j.episodes().size() - 1).sum();
    assertThat(dfg.transitions().stream().mapToLong(DirectlyFollowsGraph.Transition::count).sum())
        .isEqualTo(transitions);
    assertThat(dfg.starts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(n);
    assertThat(dfg.ends().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(n);
    assertThat(dfg.variants().stream().mapToLong(DirectlyFollowsGraph.Variant::count).sum())
        .isEqualTo(n);
    for (String a : dfg.touchpoints()) {
      double out = dfg.transitionsFrom(a).stream()
          .mapToDouble(DirectlyFollowsGraph.Transition::probability).sum();
      assertThat(out + (double) dfg.ends().getOrDefault(a, 0L) / dfg.occurrences(a))
          .isCloseTo(1.0, within(1e-9));
    }
    for (DirectlyFollowsGraph.Transition t : dfg.transitions()) {
      assertThat(t.medianWait()).isLessThanOrEqualTo(t.p90Wait());
      assertThat(t.medianWait()).isGreaterThanOrEqualTo(Duration.ZERO);
    }
    // a journey conforms fully to the plan that is its own sequence
    for (Journey j : log.journeys()) {
      PlannedJourney own = PlannedJourney.of(
          j.touchpoints().stream().map(t -> t.id()).toArray(String[]::new));
      Conformance c = Conformance.of(own, j);
      assertThat(c.content()).isEqualTo(1.0);
      assertThat(c.sequence()).isEqualTo(1.0);
      assertThat(c.adHoc()).isEmpty();
    }
  }
}
