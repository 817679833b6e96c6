package org.attune.metric;

import org.attune.ecosystem.Level;

/** A stub metric that gives the same score to every dyad, for composites and registries. */
record Fixed(String name, Level level, Score score) implements Metric {

  static Fixed of(String name, double value) {
    return new Fixed(
        name,
        Level.MICRO,
        Score.defined(
            value,
            value < 1 ? java.util.List.of(new Contribution(name + " factor", 1)) : java.util.List.of(),
            name + " is " + value + "."));
  }

  static Fixed undefined(String name) {
    return new Fixed(name, Level.MICRO, Score.undefined(name + " has no data."));
  }

  @Override
  public Score measure(Dyad dyad) {
    return score;
  }
}
