package org.attune.metric.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.attune.ecosystem.Level;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.Dyad;
import org.attune.metric.Metric;
import org.attune.metric.Score;
import org.attune.model.Actor;
import org.attune.model.RelationType;
import org.junit.jupiter.api.Test;

class BatchesTest {

  private static final int CHUNK = Batches.CHUNK;
  private static final Actor ALICE = Actor.individual("alice", "Alice");
  private static final Actor BOB = Actor.individual("bob", "Bob");
  private static final Actor SHOP = Actor.organisation("shop", "Shop");
  private static final Actor STRANGER = Actor.individual("stranger", "Stranger");
  private static final ServiceEcosystem ECO =
      ServiceEcosystem.builder()
          .add(ALICE, BOB, SHOP)
          .relate(SHOP, RelationType.SERVES, ALICE)
          .build();

  /** Writes {@code 2 * i} for customer {@code i} and records each range it is given. */
  private static final class Recorder implements Supplier<Batches.Kernel> {
    final List<String> ranges = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger kernels = new AtomicInteger();

    @Override
    public Batches.Kernel get() {
      kernels.incrementAndGet();
      return (from, to, out) -> {
        ranges.add(from + ".." + to);
        for (int i = from; i < to; i++) {
          out[i] = 2.0 * i;
        }
      };
    }
  }

  /** 1 for alice, undefined (NaN) for anyone else, and null for bob when asked. */
  private record AliceOnly(boolean nullForBob) implements Metric {
    @Override
    public String name() {
      return "alice-only";
    }

    @Override
    public Level level() {
      return Level.MICRO;
    }

    @Override
    public Score measure(Dyad dyad) {
      if (nullForBob && dyad.customer().equals(BOB)) {
        return nullScore();
      }
      return dyad.customer().equals(ALICE)
          ? Score.defined(1, List.of(), "Alice fits.")
          : Score.undefined("Only Alice is scored.");
    }

    @SuppressWarnings("NullAway")
    private static Score nullScore() {
      return null;
    }
  }

  @Test
  void should_score_in_sequence_with_one_kernel_in_chunks() {
    // given 2 chunks and 5 more: 2 * 4096 + 5 = 8197 customers
    Recorder workers = new Recorder();
    // when
    double[] out = Batches.run(2 * CHUNK + 5, false, workers);
    // then
    assertThat(workers.kernels).hasValue(1);
    assertThat(workers.ranges).containsExactly("0..4096", "4096..8192", "8192..8197");
    assertThat(out).hasSize(2 * CHUNK + 5);
    assertThat(out[0]).isZero();
    assertThat(out[2 * CHUNK + 4]).isEqualTo(2.0 * (2 * CHUNK + 4));
  }

  @Test
  void should_score_in_parallel_with_one_kernel_per_chunk() {
    // given 8197 customers: (8197 + 4095) / 4096 = 3 chunks
    Recorder workers = new Recorder();
    // when
    double[] out = Batches.run(2 * CHUNK + 5, true, workers);
    // then
    assertThat(workers.kernels).hasValue(3);
    assertThat(workers.ranges).containsExactlyInAnyOrder("0..4096", "4096..8192", "8192..8197");
    for (int i = 0; i < out.length; i++) {
      assertThat(out[i]).isEqualTo(2.0 * i);
    }
  }

  @Test
  void should_make_two_chunks_of_one_more_than_a_chunk_and_one_of_a_full_chunk() {
    // given
    Recorder overOne = new Recorder();
    Recorder justUnderTwo = new Recorder();
    Recorder exactlyOne = new Recorder();
    // when: (4097 + 4095) / 4096 = 2; (8191 + 4095) / 4096 = 2; (4096 + 4095) / 4096 = 1
    double[] a = Batches.run(CHUNK + 1, true, overOne);
    double[] b = Batches.run(2 * CHUNK - 1, true, justUnderTwo);
    double[] c = Batches.run(CHUNK, true, exactlyOne);
    // then
    assertThat(a[CHUNK]).isEqualTo(2.0 * CHUNK);
    assertThat(b[2 * CHUNK - 2]).isEqualTo(2.0 * (2 * CHUNK - 2));
    assertThat(c[CHUNK - 1]).isEqualTo(2.0 * (CHUNK - 1));
    assertThat(overOne.ranges).containsExactlyInAnyOrder("0..4096", "4096..4097");
    assertThat(justUnderTwo.ranges).containsExactlyInAnyOrder("0..4096", "4096..8191");
    assertThat(exactlyOne.ranges).containsExactly("0..4096");
    assertThat(exactlyOne.kernels).hasValue(1);
  }

  @Test
  void should_score_nobody_with_no_customers() {
    // given
    Recorder workers = new Recorder();
    // when / then
    assertThat(Batches.run(0, true, workers)).isEmpty();
    assertThat(Batches.run(0, false, workers)).isEmpty();
    assertThat(workers.ranges).isEmpty();
  }

  @Test
  void should_throw_the_exception_of_the_first_failing_chunk_in_parallel() {
    // given chunks 1 and 2 of 3 fail
    Supplier<Batches.Kernel> workers = () -> (from, to, out) -> {
      if (from > 0) {
        throw new IllegalStateException("chunk from " + from);
      }
    };
    // when / then
    assertThatThrownBy(() -> Batches.run(2 * CHUNK + 5, true, workers))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("chunk from 4096");
    assertThatThrownBy(() -> Batches.run(2 * CHUNK + 5, false, workers))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("chunk from 4096");
  }

  @Test
  void should_measure_each_customer_once_and_write_nan_for_an_undefined_score() {
    // given
    List<Actor> customers = new LinkedList<>(List.of(BOB, ALICE, ALICE));
    // when
    double[] sequential = Batches.measureAll(new AliceOnly(false), ECO, SHOP, customers, false);
    double[] parallel = Batches.measureAll(new AliceOnly(false), ECO, SHOP, customers, true);
    // then
    assertThat(sequential).containsExactly(Double.NaN, 1.0, 1.0);
    assertThat(parallel).containsExactly(Double.NaN, 1.0, 1.0);
  }

  @Test
  void should_reject_a_null_score_a_null_customer_a_stranger_and_a_foreign_provider() {
    // given
    List<Actor> withNull = Arrays.asList(ALICE, null);
    // when / then
    assertThatThrownBy(
            () -> Batches.measureAll(new AliceOnly(true), ECO, SHOP, List.of(ALICE, BOB), false))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("score of metric alice-only");
    assertThatThrownBy(() -> Batches.measureAll(new AliceOnly(false), ECO, SHOP, withNull, false))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("customers[1]");
    assertThatThrownBy(
            () -> Batches.measureAll(new AliceOnly(false), ECO, SHOP, List.of(ALICE, STRANGER), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customers[1] must be an actor of the ecosystem, but was 'stranger' (not in it)");
    assertThatThrownBy(
            () -> Batches.measureAll(new AliceOnly(false), ECO, STRANGER, List.of(ALICE), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("provider must be an actor of the ecosystem, but was 'stranger' (not in it)");
    // checked before any customer: with none too
    assertThatThrownBy(
            () -> Batches.measureAll(new AliceOnly(false), ECO, STRANGER, List.of(), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("provider must be an actor of the ecosystem, but was 'stranger' (not in it)");
  }

  @Test
  void should_return_a_random_access_list_itself_and_copy_another() {
    // given
    List<Actor> array = new ArrayList<>(List.of(ALICE, BOB));
    List<Actor> linked = new LinkedList<>(List.of(ALICE, BOB));
    // when / then
    assertThat(Batches.randomAccess(array)).isSameAs(array);
    assertThat(Batches.randomAccess(linked)).isNotSameAs(linked).isEqualTo(List.of(ALICE, BOB));
    assertThat(Batches.customer(array, 1, ECO)).isEqualTo(BOB);
  }

  @Test
  void should_give_an_array_of_nans() {
    // given / when
    double[] out = Batches.undefined(3);
    // then
    assertThat(out).hasSize(3).containsOnly(Double.NaN);
  }
}
