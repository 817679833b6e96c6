package org.attune.metric;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;
import org.attune.model.Actor;

/**
 * Scores one customer at a time into a {@link ScoreSink}, against a provider whose side was prepared
 * before: the shape most batch paths take, and the one a metric's {@link Metric#measure(Dyad)} can
 * share with its batch path (score the one customer into {@link ScoreSink#single(String)}, then
 * {@link ScoreSink#toScore}), so that the two agree to the bit.
 *
 * <pre>{@code
 * public Score measure(Dyad dyad) {
 *   Scorer one = new Side(dyad.ecosystem(), dyad.provider()).scorer();
 *   ScoreSink sink = ScoreSink.single(NAME);
 *   one.score(dyad.customer(), 0, sink);
 *   return sink.toScore(0, (value, contributions) -> "The provider supports ...");
 * }
 *
 * public CohortScorer prepare(Cohort cohort, Actor provider) {
 *   Side side = new Side(cohort.ecosystem(), provider);
 *   return CustomerScorer.each(cohort, side::scorer);
 * }
 * }</pre>
 *
 * <p>An implementation may keep scratch space between calls: {@link #each} makes one per range of
 * customers, so it is never called from two threads at once.
 */
@FunctionalInterface
public interface CustomerScorer {

  /**
   * Writes the score of {@code customer} to {@code sink}: {@link ScoreSink#defined} or {@link
   * ScoreSink#undefined} once, at {@code index}.
   *
   * @param customer the customer
   * @param index its index in the cohort
   * @param sink where its score goes
   */
  void score(Actor customer, int index, ScoreSink sink);

  /**
   * {@return a batch path that scores each customer of a range of {@code cohort}, in order, with a
   * scorer made by {@code scorers} for that range}
   *
   * @param cohort the customers
   * @param scorers makes a scorer with its own scratch space, once per range
   */
  static CohortScorer each(Cohort cohort, Supplier<? extends CustomerScorer> scorers) {
    requireNonNull(cohort, "cohort");
    requireNonNull(scorers, "scorers");
    return (from, to, sink) -> {
      CustomerScorer one = scorers.get();
      for (int i = from; i < to; i++) {
        one.score(cohort.customer(i), i, sink);
      }
    };
  }
}
