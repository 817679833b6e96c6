package org.attune.metric;

/**
 * A metric's batch path for one provider against the customers of a {@link Cohort}, with the
 * provider's side prepared once (see {@link BatchMetric#prepare}): it scores a range of the cohort's
 * customers into a {@link ScoreSink}, each customer in order, once.
 *
 * <p>{@link Scoring} may call {@link #score} from several threads at once, on ranges that do not
 * overlap, each with its own sink: an implementation keeps its scratch space local to the call, and
 * reads only what it prepared and the cohort.
 */
@FunctionalInterface
public interface CohortScorer {

  /**
   * Scores customers {@code [from, to)} of the cohort.
   *
   * @param from the first index, inclusive
   * @param to the last index, exclusive
   * @param sink where each customer's score goes, in order: {@link ScoreSink#defined} or {@link
   *     ScoreSink#undefined} once for each index
   */
  void score(int from, int to, ScoreSink sink);
}
