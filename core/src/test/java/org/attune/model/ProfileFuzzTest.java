package org.attune.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes {@link Profile.Builder} with any sequence of operations and checks the builder against a
 * model of what it should hold: every build gives the profile of the model, or the documented
 * {@link IllegalArgumentException} exactly when the model says the profile is invalid; a setter that
 * refuses its argument changes nothing; {@link Profile#toBuilder()} and {@link Profile#of(Map)} give
 * equal profiles with equal hash codes.
 *
 * <p>Every build replays the corpus in {@code ProfileFuzzTestInputs}; {@code docs/QUALITY.md} says
 * how to fuzz for longer.
 */
class ProfileFuzzTest {

  /** Operations per input, so that a run is bounded. */
  private static final int MAX_OPERATIONS = 200;

  /** A small pool of dimensions, so that a sequence sets the same dimension again. */
  private static final List<Dimension> POOL = pool();

  /** Values at the edges of the levels' and weights' ranges, and beyond. */
  private static final double[] EDGES = {
    0.0, -0.0, 1.0, 0.5, Double.MIN_VALUE, Double.MIN_NORMAL, Math.nextUp(1.0),
    Math.nextDown(0.0), -1.0, 2.0, 1e-300, 1e300, Double.MAX_VALUE, Double.NaN,
    Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY
  };

  private static List<Dimension> pool() {
    List<Dimension> pool = new ArrayList<>(Dimension.defaults());
    for (int i = pool.size(); i < 20; i++) {
      pool.add(Dimension.of("d" + i));
    }
    return List.copyOf(pool);
  }

  @BeforeAll
  static void requireInstrumentationWhenFuzzing() {
    FuzzingMode.requireInstrumentationWhenFuzzing();
  }

  @FuzzTest(maxDuration = "30s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void any_sequence_of_builder_operations_gives_the_modelled_profile_or_an_illegal_argument(
      FuzzedDataProvider data) {
    Profile.Builder builder = Profile.builder();
    Model model = new Model();
    List<Profile> built = new ArrayList<>();
    for (int n = 0; n < MAX_OPERATIONS && data.remainingBytes() > 0; n++) {
      int op = data.consumeInt(0, 6);
      switch (op) {
        case 0, 1 -> {
          Dimension d = dimension(data);
          double level = value(data);
          set(() -> builder.level(d, level), () -> model.level(d, level));
        }
        case 2 -> {
          Dimension d = dimension(data);
          double weight = value(data);
          set(() -> builder.weight(d, weight), () -> model.weight(d, weight));
        }
        case 3 -> {
          Dimension d = dimension(data);
          double level = value(data);
          double weight = value(data);
          set(() -> builder.level(d, level, weight), () -> model.both(d, level, weight));
        }
        case 4 -> build(builder, model).ifPresent(built::add);
        case 5 -> {
          // a profile of levels alone, as a map gives them
          Map<Dimension, Double> levels = new LinkedHashMap<>();
          int size = data.consumeInt(0, 12);
          for (int i = 0; i < size; i++) {
            levels.put(dimension(data), value(data));
          }
          checkOf(levels);
        }
        default -> {
          // derive a changed profile from one built before
          if (!built.isEmpty()) {
            Profile from = built.get(data.consumeInt(0, built.size() - 1));
            Profile.Builder derived = from.toBuilder();
            assertThat(derived.build()).isEqualTo(from).hasSameHashCodeAs(from);
            Model derivedModel = Model.of(from);
            Dimension d = dimension(data);
            double level = value(data);
            set(() -> derived.level(d, level), () -> derivedModel.level(d, level));
            var unused = build(derived, derivedModel);
          }
        }
      }
    }
    build(builder, model).ifPresent(profile -> {
      // the builder can be reused: a second build gives an equal profile
      assertThat(builder.build()).isEqualTo(profile).hasSameHashCodeAs(profile);
    });
  }

  private static Dimension dimension(FuzzedDataProvider data) {
    if (data.consumeInt(0, 15) == 0) {
      String name = data.consumeString(12);
      String rule = IdRules.violated(name);
      assertThat(Ids.isValid(name)).as("Ids.isValid(%s)", Ids.quote(name)).isEqualTo(rule == null);
      try {
        Dimension d = Dimension.of(name);
        assertThat(rule).as("accepted the dimension name %s", Ids.quote(name)).isNull();
        return d;
      } catch (IllegalArgumentException e) {
        // documented: a blank name, or one holding a control character
        assertThat(rule).as("refused the dimension name %s: %s", Ids.quote(name), e).isNotNull();
        assertThat(e.getMessage()).startsWith("name must be " + rule + ", but was ");
        return POOL.get(0);
      }
    }
    return POOL.get(data.consumeInt(0, POOL.size() - 1));
  }

  private static double value(FuzzedDataProvider data) {
    return switch (data.consumeInt(0, 3)) {
      case 0 -> EDGES[data.consumeInt(0, EDGES.length - 1)];
      case 1 -> data.consumeDouble();
      default -> data.consumeProbabilityDouble() * (data.consumeBoolean() ? 1 : 4);
    };
  }

  /**
   * Runs a setter and its model. The setter must refuse (with an {@link IllegalArgumentException}) an
   * argument exactly when the model does, and leave the builder as it was.
   */
  private static void set(Runnable setter, Runnable modelled) {
    String refusal = null;
    try {
      modelled.run();
    } catch (IllegalArgumentException e) {
      refusal = e.getMessage();
    }
    try {
      setter.run();
    } catch (IllegalArgumentException e) {
      assertThat(refusal).as("the builder refused what the model accepts: %s", e).isNotNull();
      return;
    }
    assertThat(refusal).as("the builder accepted what the model refuses: %s", refusal).isNull();
  }

  private static Optional<Profile> build(Profile.Builder builder, Model model) {
    String invalid = model.invalid();
    Profile profile;
    try {
      profile = builder.build();
    } catch (IllegalArgumentException e) {
      assertThat(invalid).as("build() refused a valid profile %s: %s", model, e).isNotNull();
      assertThat(e.getMessage()).isNotBlank();
      return Optional.empty();
    }
    assertThat(invalid).as("build() accepted an invalid profile: %s", model).isNull();
    model.check(profile);
    return Optional.of(profile);
  }

  private static void checkOf(Map<Dimension, Double> levels) {
    Model model = new Model();
    boolean valid = true;
    try {
      levels.forEach(model::level);
    } catch (IllegalArgumentException e) {
      valid = false;
    }
    valid &= model.invalid() == null;
    Profile profile;
    try {
      profile = Profile.of(levels);
    } catch (IllegalArgumentException e) {
      assertThat(valid).as("Profile.of refused valid levels %s: %s", levels, e).isFalse();
      return;
    }
    assertThat(valid).as("Profile.of accepted invalid levels %s", levels).isTrue();
    model.check(profile);
  }

  /** What a profile builder should hold: dimensions in the order first given, levels and weights. */
  private static final class Model {
    private final Map<Dimension, double[]> entries = new LinkedHashMap<>();

    static Model of(Profile profile) {
      Model model = new Model();
      for (int i = 0; i < profile.size(); i++) {
        model.both(profile.dimensionAt(i), profile.levelAt(i), profile.weightAt(i));
      }
      return model;
    }

    // -0.0 is stored as 0.0: adding 0.0 turns -0.0 into 0.0 and leaves any other value as it is

    void level(Dimension d, double level) {
      checkLevel(d, level);
      entry(d)[0] = level + 0.0;
    }

    void weight(Dimension d, double weight) {
      checkWeight(d, weight);
      entry(d)[1] = weight + 0.0;
    }

    void both(Dimension d, double level, double weight) {
      checkLevel(d, level);
      checkWeight(d, weight);
      double[] e = entry(d);
      e[0] = level + 0.0;
      e[1] = weight + 0.0;
    }

    private double[] entry(Dimension d) {
      return entries.computeIfAbsent(d, k -> new double[] {Double.NaN, Profile.DEFAULT_WEIGHT});
    }

    private static void checkLevel(Dimension d, double level) {
      if (!(level >= 0 && level <= 1)) {
        throw new IllegalArgumentException("level of " + d + ": " + level);
      }
    }

    private static void checkWeight(Dimension d, double weight) {
      if (!(weight >= 0 && Double.isFinite(weight))) {
        throw new IllegalArgumentException("weight of " + d + ": " + weight);
      }
    }

    /** {@return why build() must refuse this model, or null if it must build it} */
    String invalid() {
      if (entries.isEmpty()) {
        return "no dimension";
      }
      boolean positive = false;
      for (Map.Entry<Dimension, double[]> e : entries.entrySet()) {
        if (Double.isNaN(e.getValue()[0])) {
          return "no level for " + e.getKey();
        }
        positive |= e.getValue()[1] > 0;
      }
      return positive ? null : "every weight 0";
    }

    void check(Profile profile) {
      assertThat(profile.dimensions()).containsExactlyElementsOf(entries.keySet());
      assertThat(profile.size()).isEqualTo(entries.size()).isPositive();
      double max = 0;
      double total = 0;
      for (double[] e : entries.values()) {
        max = Math.max(max, e[1]);
        total += e[1];
      }
      double relativeTotal = 0;
      int i = 0;
      for (Map.Entry<Dimension, double[]> e : entries.entrySet()) {
        Dimension d = e.getKey();
        // compared to the bit: -0.0 must have been stored as 0.0
        assertSameBits(profile.levelAt(i), e.getValue()[0], "level of " + d);
        assertSameBits(profile.weightAt(i), e.getValue()[1], "weight of " + d);
        // the weight relative to the largest, 0 below the negligible fraction of it
        double relative = e.getValue()[1] / max;
        if (relative < Profile.NEGLIGIBLE_WEIGHT) {
          relative = 0;
        }
        assertSameBits(profile.relativeWeightAt(i), relative, "relative weight of " + d);
        relativeTotal += relative;
        assertThat(profile.indexOf(d)).isEqualTo(i);
        assertThat(profile.level(d)).hasValue(profile.levelAt(i));
        assertThat(profile.weight(d)).hasValue(profile.weightAt(i));
        i++;
      }
      // weights of any finite size build: the total as given may overflow, the relative one not
      assertThat(profile.totalWeight()).isPositive();
      assertSameBits(profile.totalWeight(), total, "total weight");
      assertSameBits(profile.relativeTotalWeight(), relativeTotal, "relative total weight");
      assertThat(profile.relativeTotalWeight()).isBetween(1.0, (double) profile.size());
      assertThat(profile.levels().keySet()).containsExactlyElementsOf(entries.keySet());
      assertThat(profile.weights().keySet()).containsExactlyElementsOf(entries.keySet());
      Profile again = profile.toBuilder().build();
      assertThat(again).isEqualTo(profile).hasSameHashCodeAs(profile);
      assertThat(again.toString()).isEqualTo(profile.toString());
    }

    private static void assertSameBits(double actual, double expected, String what) {
      assertThat(Double.doubleToRawLongBits(actual))
          .as("%s: %s, expected %s", what, actual, expected)
          .isEqualTo(Double.doubleToRawLongBits(expected));
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder("{");
      entries.forEach((d, e) -> s.append(d).append('=').append(e[0]).append(" w ").append(e[1])
          .append("; "));
      return s.append('}').toString();
    }
  }
}
