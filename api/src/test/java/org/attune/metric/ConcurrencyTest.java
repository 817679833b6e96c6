package org.attune.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.attune.testlib.scenario.RandomEcosystems;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

  private static final int THREADS = 8;

  @Test
  void eight_threads_scoring_the_same_dyads_get_exactly_the_sequential_scores() throws Exception {
    // given
    List<Dyad> dyads = new ArrayList<>();
    for (long seed = 0; seed < 40; seed++) {
      dyads.addAll(RandomEcosystems.of(seed).dyads());
    }
    List<Metric> metrics = Metrics.registry().metrics();
    List<Score> sequential = scoreAll(dyads, metrics);

    // when
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Score>>> results = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return scoreAll(dyads, metrics);
                }));
      }
      start.countDown();

      // then: equal scores, values equal to the bit (Score.equals compares the bits)
      for (Future<List<Score>> result : results) {
        assertThat(result.get(2, TimeUnit.MINUTES)).isEqualTo(sequential);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Score> scoreAll(List<Dyad> dyads, List<Metric> metrics) {
    List<Score> scores = new ArrayList<>(dyads.size() * metrics.size());
    for (Dyad dyad : dyads) {
      for (Metric metric : metrics) {
        scores.add(metric.measure(dyad));
      }
    }
    return scores;
  }
}
