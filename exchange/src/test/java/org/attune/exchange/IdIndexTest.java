package org.attune.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.attune.exchange.ItemReader.Known;
import org.attune.model.Activity;
import org.junit.jupiter.api.Test;

/** The index of elements by id: found from strings and from characters, collisions included. */
class IdIndexTest {

  private static Known known(String id, int index) {
    return new Known(new Activity(id, "an activity"), index);
  }

  private static Known byChars(IdIndex index, String id) {
    char[] text = ("xx" + id + "y").toCharArray();
    return index.get(text, 2, id.length());
  }

  @Test
  void should_tell_apart_ids_of_the_same_hash() {
    // given: "Aa" and "BB" hash alike ('A' * 31 + 'a' = 65 * 31 + 97 = 2112 = 66 * 31 + 66)
    IdIndex index = new IdIndex();
    Known aa = known("Aa", 0);
    Known bb = known("BB", 1);

    // when
    index.putIfAbsent(aa);
    index.putIfAbsent(bb);

    // then
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    assertThat(index.get("Aa")).isSameAs(aa);
    assertThat(index.get("BB")).isSameAs(bb);
    assertThat(byChars(index, "BB")).isSameAs(bb);
    assertThat(byChars(index, "Aa")).isSameAs(aa);
    assertThat(byChars(index, "BB")).isSameAs(bb);
    assertThat(index.get("AaBB")).isNull();
    assertThat(byChars(index, "A")).isNull();
  }

  @Test
  void should_keep_every_entry_while_it_grows_and_refuse_a_second_of_an_id() {
    // given
    IdIndex index = new IdIndex();
    for (int i = 0; i < 1000; i++) {
      assertThat(index.putIfAbsent(known("element-" + i, i))).isNull();
    }

    // when
    Known again = index.putIfAbsent(known("element-7", 1000));

    // then
    assertThat(again).isNotNull();
    assertThat(again.index()).isEqualTo(7);
    assertThat(index.size()).isEqualTo(1000);
    for (int i = 999; i >= 0; i--) {
      assertThat(byChars(index, "element-" + i).index()).isEqualTo(i);
      assertThat(index.get("element-" + i).index()).isEqualTo(i);
    }
    assertThat(byChars(index, "element-1000")).isNull();
    assertThat(byChars(index, "")).isNull();
  }
}
