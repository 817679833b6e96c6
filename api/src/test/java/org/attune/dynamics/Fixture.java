package org.attune.dynamics;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Profile;

/**
 * A clinic offering functional 0.8 and five customers, surveyed in three monthly waves, on one
 * dimension so that profile-deviation is 1 − |C − 0.8|:
 *
 * <pre>
 *            January        February       March
 *   a        0.8  → 1.0     0.4  → 0.6     (0.4 → 0.6)
 *   b        0.6  → 0.8     0.7  → 0.9     (0.7 → 0.9)
 *   c        0.5  → 0.7     (0.5 → 0.7)    0.2  → 0.4
 *   d        none           0.8  → 1.0     (0.8 → 1.0)
 *   e        0.8  → 1.0     0.4  → 0.6     (0.4 → 0.6)
 * </pre>
 *
 * (in brackets: not in that wave, so unchanged). e repeats a, so that their falls tie exactly.
 */
final class Fixture {

  static final Instant JANUARY = Instant.parse("2026-01-01T00:00:00Z");
  static final Instant FEBRUARY = Instant.parse("2026-02-01T00:00:00Z");
  static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");

  static final Actor CLINIC = Actor.organisation("clinic", "City Clinic");
  static final Actor A = Actor.individual("a", "Customer A");
  static final Actor B = Actor.individual("b", "Customer B");
  static final Actor C = Actor.individual("c", "Customer C");
  static final Actor D = Actor.individual("d", "Customer D");
  static final Actor E = Actor.individual("e", "Customer E");
  static final List<Actor> CUSTOMERS = List.of(A, B, C, D, E);

  static final double TOLERANCE = 1e-12;

  private Fixture() {}

  static Profile functional(double level) {
    return Profile.builder().level(Dimension.FUNCTIONAL, level).build();
  }

  /** The clinic with its offering and the five customers, none with an own logic. */
  static ServiceEcosystem base() {
    return ServiceEcosystem.builder()
        .add(CLINIC, A, B, C, D, E)
        .perspective(CLINIC, CLINIC, functional(0.8))
        .build();
  }

  static NavigableMap<Instant, Map<Actor, Profile>> waves() {
    NavigableMap<Instant, Map<Actor, Profile>> waves = new TreeMap<>();
    waves.put(JANUARY, wave(A, 0.8, B, 0.6, C, 0.5, E, 0.8));
    waves.put(FEBRUARY, wave(A, 0.4, B, 0.7, D, 0.8, E, 0.4));
    waves.put(MARCH, wave(C, 0.2));
    return waves;
  }

  static History history() {
    return History.fromWaves(base(), waves());
  }

  private static Map<Actor, Profile> wave(Object... pairs) {
    Map<Actor, Profile> wave = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      wave.put((Actor) pairs[i], functional((Double) pairs[i + 1]));
    }
    return wave;
  }
}
