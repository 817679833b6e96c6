package org.attune.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PersistentHashMapTest {

  /** A key whose hash code is chosen, to force collisions of the whole hash. */
  private record Key(int id, int hash) {
    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.id == id;
    }
  }

  private static <K, V> Map<K, V> contents(PersistentHashMap<K, V> map) {
    Map<K, V> result = new HashMap<>();
    map.forEach(result::put);
    return result;
  }

  @Test
  void random_puts_and_removes_agree_with_a_hash_map_and_leave_old_versions_as_they_were() {
    // given a seeded sequence of puts and removes over few keys (so that both hit often), some of
    // them sharing a whole hash
    Random random = new Random(11);
    PersistentHashMap<Key, Integer> map = PersistentHashMap.empty();
    Map<Key, Integer> model = new HashMap<>();
    List<PersistentHashMap<Key, Integer>> versions = new ArrayList<>();
    List<Map<Key, Integer>> snapshots = new ArrayList<>();
    for (int step = 0; step < 20_000; step++) {
      int id = random.nextInt(3000);
      Key key = new Key(id, id % 7 == 0 ? 42 : id * 31);
      // when
      if (random.nextInt(3) == 0) {
        map = map.remove(key);
        model.remove(key);
      } else {
        map = map.put(key, step);
        model.put(key, step);
      }
      // then
      assertThat(map.size()).isEqualTo(model.size());
      assertThat(map.get(key)).isEqualTo(model.get(key));
      if (step % 1000 == 0) {
        versions.add(map);
        snapshots.add(new HashMap<>(model));
      }
    }
    assertThat(contents(map)).isEqualTo(model);
    for (int v = 0; v < versions.size(); v++) {
      assertThat(contents(versions.get(v))).isEqualTo(snapshots.get(v));
      assertThat(versions.get(v).size()).isEqualTo(snapshots.get(v).size());
    }
  }

  @Test
  void keys_of_one_hash_are_kept_apart_and_removed_one_by_one() {
    // given three keys whose hash codes are equal
    Key a = new Key(1, 5);
    Key b = new Key(2, 5);
    Key c = new Key(3, 5);
    PersistentHashMap<Key, String> map =
        PersistentHashMap.<Key, String>empty().put(a, "a").put(b, "b").put(c, "c");

    // when
    PersistentHashMap<Key, String> withoutB = map.remove(b);
    PersistentHashMap<Key, String> replaced = map.put(c, "c2");

    // then
    assertThat(contents(map)).containsOnly(Map.entry(a, "a"), Map.entry(b, "b"), Map.entry(c, "c"));
    assertThat(contents(withoutB)).containsOnly(Map.entry(a, "a"), Map.entry(c, "c"));
    assertThat(withoutB.get(b)).isNull();
    assertThat(replaced.size()).isEqualTo(3);
    assertThat(replaced.get(c)).isEqualTo("c2");
    assertThat(withoutB.remove(a).remove(c).isEmpty()).isTrue();
    assertThat(withoutB.remove(a).remove(c).get(a)).isNull();
  }

  @Test
  void removing_an_absent_key_gives_the_same_map() {
    // given
    PersistentHashMap<String, Integer> map = PersistentHashMap.<String, Integer>empty().put("x", 1);

    // when / then
    assertThat(map.remove("y")).isSameAs(map);
    assertThat(PersistentHashMap.<String, Integer>empty().remove("y").isEmpty()).isTrue();
    assertThat(map.containsKey("x")).isTrue();
    assertThat(map.containsKey("y")).isFalse();
  }

  @Test
  void own_logic_keys_of_many_customers_do_not_collide() {
    // given: the keys of own logics (i, i), holder << 32 | subject, whose Long.hashCode is
    // holder ^ subject = 0 for every one of them
    PersistentHashMap<Long, Integer> map = PersistentHashMap.empty();
    for (int i = 0; i < 2_000; i++) {
      map = map.put(Store.key(i, i), i);
    }

    // then: looked up by trie, not by a list of 2,000 colliding keys
    assertThat(map.largestCollision()).isLessThanOrEqualTo(2);
    assertThat(map.get(Store.key(1_234, 1_234))).isEqualTo(1_234);
    assertThat(map.get(Store.key(1_234, 1_235))).isNull();
  }
}
