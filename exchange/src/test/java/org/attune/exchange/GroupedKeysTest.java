package org.attune.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Keys given twice, found in their owner's group, in a long group, and once groups break. */
class GroupedKeysTest {

  @Test
  void should_find_a_key_repeated_within_its_owners_group() {
    // given: owner 1's keys 10, 11 at items 0, 1; owner 2's key 20 at item 2
    GroupedKeys keys = new GroupedKeys();
    assertThat(keys.putIfAbsent(1, 10, 0)).isEqualTo(-1);
    assertThat(keys.putIfAbsent(1, 11, 1)).isEqualTo(-1);
    assertThat(keys.putIfAbsent(2, 20, 2)).isEqualTo(-1);

    // when
    int first = keys.putIfAbsent(2, 20, 3);

    // then
    assertThat(first).isEqualTo(2);
  }

  @Test
  void should_find_a_key_repeated_in_a_group_longer_than_a_scan() {
    // given: one owner with 100 keys 1000..1099 at items 0..99
    GroupedKeys keys = new GroupedKeys();
    for (int k = 0; k < 100; k++) {
      assertThat(keys.putIfAbsent(7, 1000 + k, k)).isEqualTo(-1);
    }

    // when
    int early = keys.putIfAbsent(7, 1003, 100);
    int late = keys.putIfAbsent(7, 1090, 101);

    // then
    assertThat(early).isEqualTo(3);
    assertThat(late).isEqualTo(90);
  }

  @Test
  void should_find_a_key_repeated_when_its_owner_comes_back_after_others() {
    // given: owners 1, 2, then 1 again; items numbered with gaps (4, 5, 9), as when some items
    // are kept elsewhere
    GroupedKeys keys = new GroupedKeys();
    assertThat(keys.putIfAbsent(1, 10, 4)).isEqualTo(-1);
    assertThat(keys.putIfAbsent(2, 20, 5)).isEqualTo(-1);
    assertThat(keys.putIfAbsent(1, 11, 9)).isEqualTo(-1);

    // when
    int sourceAgain = keys.putIfAbsent(1, 10, 10);
    int otherAgain = keys.putIfAbsent(3, 20, 11);
    int fresh = keys.putIfAbsent(2, 21, 12);

    // then
    assertThat(sourceAgain).isEqualTo(4);
    assertThat(otherAgain).isEqualTo(5);
    assertThat(fresh).isEqualTo(-1);
  }

  @Test
  void should_find_a_repeat_on_the_item_that_breaks_the_grouping() {
    // given
    GroupedKeys keys = new GroupedKeys();
    keys.putIfAbsent(1, 10, 0);
    keys.putIfAbsent(2, 20, 1);

    // when: owner 1 comes back with the key it had
    int first = keys.putIfAbsent(1, 10, 2);

    // then
    assertThat(first).isEqualTo(0);
  }
}
