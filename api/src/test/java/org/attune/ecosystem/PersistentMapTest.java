package org.attune.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The persistent treap against a {@link TreeMap} model: random changes, old versions unchanged. */
class PersistentMapTest {

  private static final int KEYS = 200;

  @Test
  void should_agree_with_a_tree_map_over_random_puts_and_removes_and_keep_every_old_version() {
    for (long seed = 1; seed <= 20; seed++) {
      // given
      Random random = new Random(seed);
      PersistentMap<Integer, String> map = PersistentMap.empty(Comparator.naturalOrder());
      TreeMap<Integer, String> model = new TreeMap<>();
      List<PersistentMap<Integer, String>> versions = new ArrayList<>();
      List<TreeMap<Integer, String>> snapshots = new ArrayList<>();
      for (int step = 0; step < 300; step++) {
        // when
        int key = random.nextInt(KEYS);
        if (random.nextInt(3) == 0) {
          PersistentMap<Integer, String> next = map.remove(key);
          if (!model.containsKey(key)) {
            assertThat(next).as("seed %d step %d: removing an absent key", seed, step).isSameAs(map);
          }
          map = next;
          model.remove(key);
        } else {
          String value = "v" + random.nextInt(1000);
          map = map.put(key, value);
          model.put(key, value);
        }
        versions.add(map);
        snapshots.add(new TreeMap<>(model));
        // then
        check(map, model, random, "seed " + seed + " step " + step);
      }
      for (int i = 0; i < versions.size(); i += 7) {
        check(versions.get(i), snapshots.get(i), random, "seed " + seed + " old version " + i);
      }
    }
  }

  @Test
  void should_give_nothing_for_an_empty_map_or_an_empty_range() {
    // given
    PersistentMap<Integer, String> empty = PersistentMap.empty(Comparator.naturalOrder());
    PersistentMap<Integer, String> one = empty.put(5, "five");
    // then
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.get(5)).isNull();
    assertThat(one.isEmpty()).isFalse();
    assertThat(one.size()).isEqualTo(1);
    assertThat(one.entries(5, 5)).isEmpty();
    assertThat(one.entries(6, 10)).isEmpty();
    assertThat(one.anyInRange(0, 5)).isFalse();
    assertThat(one.anyInRange(5, 6)).isTrue();
    assertThat(empty.size()).isZero();
  }

  @Test
  void should_replace_the_value_of_a_key_without_growing() {
    // given
    PersistentMap<Integer, String> first = PersistentMap.<Integer, String>empty(
        Comparator.naturalOrder()).put(1, "a").put(2, "b");
    // when
    PersistentMap<Integer, String> second = first.put(1, "c");
    // then
    assertThat(second.size()).isEqualTo(2);
    assertThat(second.get(1)).isEqualTo("c");
    assertThat(first.get(1)).isEqualTo("a");
  }

  private static void check(
      PersistentMap<Integer, String> map, TreeMap<Integer, String> model, Random random,
      String where) {
    assertThat(map.size()).as(where).isEqualTo(model.size());
    assertThat(map.isEmpty()).as(where).isEqualTo(model.isEmpty());
    List<String> got = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int k = -1; k <= KEYS; k++) {
      got.add(map.get(k) + (map.containsKey(k) ? " present" : " absent"));
      expected.add(model.get(k) + (model.containsKey(k) ? " present" : " absent"));
    }
    if (!got.equals(expected)) {
      assertThat(got).as(where + ": get and containsKey of every key").isEqualTo(expected);
    }
    List<Map.Entry<Integer, String>> all = new ArrayList<>();
    map.forEach((k, v) -> all.add(Map.entry(k, v)));
    if (!all.equals(List.copyOf(model.entrySet()))) {
      assertThat(all).as(where + " forEach").containsExactlyElementsOf(model.entrySet());
    }
    for (int r = 0; r < 5; r++) {
      int from = random.nextInt(KEYS + 2) - 1;
      int to = from + random.nextInt(KEYS / 2);
      Map<Integer, String> range = model.subMap(from, true, to, false);
      List<Integer> keys = new ArrayList<>();
      map.forEachInRange(from, to, (k, v) -> keys.add(k));
      if (!map.entries(from, to).equals(List.copyOf(range.entrySet()))
          || map.anyInRange(from, to) == range.isEmpty()
          || !keys.equals(List.copyOf(range.keySet()))) {
        String q = where + ": range [" + from + ", " + to + ")";
        assertThat(map.entries(from, to)).as(q).containsExactlyElementsOf(range.entrySet());
        assertThat(map.anyInRange(from, to)).as(q).isEqualTo(!range.isEmpty());
        assertThat(keys).as(q).containsExactlyElementsOf(range.keySet());
      }
    }
  }
}
