package org.attune.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.testlib.scenario.ClinicNetwork.ALICE;
import static org.attune.testlib.scenario.ClinicNetwork.APP;
import static org.attune.testlib.scenario.ClinicNetwork.CLINIC;
import static org.attune.testlib.scenario.ClinicNetwork.T0;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attune.model.Actor;
import org.attune.model.Episode;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.attune.testlib.scenario.ClinicNetwork;
import org.junit.jupiter.api.Test;

/** Versions derived and read on several threads at once, from one shared parent. */
class VersionsConcurrencyTest {

  private static final int THREADS = 4;
  private static final int VERSIONS = 300;

  /** The version a thread derives at a step: each thread adds its own customers and episodes. */
  private static ServiceEcosystem step(ServiceEcosystem from, int thread, int k) {
    Actor c = Actor.individual("t" + thread + "-c" + k, "Customer");
    return from.toBuilder()
        .add(c)
        .relate(CLINIC, RelationType.SERVES, c, 0.5)
        .reweight(CLINIC, RelationType.SERVES, ALICE, 0.1 + 0.8 * ((thread * VERSIONS + k) % 7) / 7)
        .episode(Episode.of(ALICE, APP, T0.plusSeconds(thread * 10_000L + k)))
        .build();
  }

  private static List<ServiceEcosystem> derive(ServiceEcosystem parent, int thread) {
    List<ServiceEcosystem> versions = new ArrayList<>();
    ServiceEcosystem v = parent;
    for (int k = 0; k < VERSIONS; k++) {
      v = step(v, thread, k);
      versions.add(v);
    }
    return versions;
  }

  @Test
  void versions_derived_from_one_parent_on_several_threads_are_those_derived_on_one() throws Exception {
    // given one parent shared by every thread, its lazily made parts not yet asked for
    ServiceEcosystem parent = ClinicNetwork.ecosystem();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      // when each thread derives its own chain of versions from the parent, asking it questions
      List<Future<List<ServiceEcosystem>>> chains = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        Callable<List<ServiceEcosystem>> work = () -> {
          List<ServiceEcosystem> versions = derive(parent, thread);
          assertThat(parent.relations()).hasSize(ClinicNetwork.ecosystem().relationCount());
          return versions;
        };
        chains.add(pool.submit(work));
      }

      // then every chain equals the one derived again on this thread, and the parent is untouched
      for (int t = 0; t < THREADS; t++) {
        List<ServiceEcosystem> concurrent = chains.get(t).get();
        List<ServiceEcosystem> sequential = derive(ClinicNetwork.ecosystem(), t);
        assertThat(concurrent).isEqualTo(sequential);
        ServiceEcosystem last = concurrent.get(VERSIONS - 1);
        // the clinic's strength to alice set at the last step k = VERSIONS - 1
        double expected = 0.1 + 0.8 * ((t * VERSIONS + VERSIONS - 1) % 7) / 7;
        assertThat(last.relation(CLINIC, RelationType.SERVES, ALICE).map(Relation::strength))
            .hasValue(expected);
        assertThat(last.episodes(ALICE)).hasSize(ClinicNetwork.ecosystem().episodes(ALICE).size() + VERSIONS);
      }
      assertThat(parent).isEqualTo(ClinicNetwork.ecosystem());
      assertThat(parent.hashCode()).isEqualTo(ClinicNetwork.ecosystem().hashCode());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void one_version_read_on_several_threads_at_once_gives_every_thread_the_same_answers()
      throws Exception {
    // given a version whose lists, graph and hash code are not yet made
    ServiceEcosystem version = derive(ClinicNetwork.ecosystem(), 0).get(VERSIONS - 1);
    ServiceEcosystem twin = derive(ClinicNetwork.ecosystem(), 0).get(VERSIONS - 1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      // when every thread asks for them at once
      List<Future<List<Object>>> answers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        answers.add(pool.submit(() -> List.of(version.elements(), version.relations(),
            version.perspectives(), version.episodes(), version.graph().edgeSet().size(),
            version.hashCode())));
      }

      // then each gets the answers of an untouched twin
      List<Object> expected = List.of(twin.elements(), twin.relations(), twin.perspectives(),
          twin.episodes(), twin.graph().edgeSet().size(), twin.hashCode());
      for (Future<List<Object>> a : answers) {
        assertThat(a.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
