package org.attune.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Profile;

/**
 * A provider and its customers, each with an own logic over 12 dimensions, and monthly survey waves
 * in which 1% of the customers, drawn at random, report a new own logic: the data of {@link
 * HistoryTrajectoryBenchmark} and {@link HistoryFootprint}. Seeded: the same data on every run.
 */
final class SurveyWaves {

  /** Dimensions per profile. */
  static final int DIMENSIONS = 12;

  /** Monthly versions. */
  static final int MONTHS = 12;

  /** The share of customers each wave changes. */
  static final double CHANGED = 0.01;

  final Actor provider = Actor.organisation("provider", "Provider");
  final List<Actor> customers;
  final ServiceEcosystem base;
  final NavigableMap<Instant, Map<Actor, Profile>> waves = new TreeMap<>();

  SurveyWaves(int count) {
    this(count, MONTHS);
  }

  /**
   * @param count the number of customers
   * @param months the number of monthly waves
   */
  SurveyWaves(int count, int months) {
    Random random = new Random(20260301L);
    Dimension[] dimensions = new Dimension[DIMENSIONS];
    for (int i = 0; i < DIMENSIONS; i++) {
      dimensions[i] = Dimension.of("d" + i);
    }
    ServiceEcosystem.Builder builder =
        ServiceEcosystem.builder().add(provider).perspective(provider, provider, logic(random, dimensions));
    customers = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      Actor c = Actor.individual("c" + k, "Customer " + k);
      customers.add(c);
      builder.add(c).perspective(c, c, logic(random, dimensions));
    }
    base = builder.build();
    int perWave = Math.max(1, (int) Math.round(count * CHANGED));
    for (int m = 0; m < months; m++) {
      Map<Actor, Profile> wave = new HashMap<>();
      while (wave.size() < Math.min(perWave, count)) {
        wave.put(customers.get(random.nextInt(count)), logic(random, dimensions));
      }
      Instant month = LocalDate.of(2026, 1, 1).plusMonths(m).atStartOfDay().toInstant(ZoneOffset.UTC);
      waves.put(month, wave);
    }
  }

  private static Profile logic(Random random, Dimension[] dimensions) {
    Profile.Builder logic = Profile.builder();
    for (Dimension d : dimensions) {
      // level and weight in one call: level(d, x) alone fails from the ninth dimension on (issue 9)
      logic.level(d, random.nextDouble(), 0.5 + random.nextInt(4) * 0.5);
    }
    return logic.build();
  }
}
