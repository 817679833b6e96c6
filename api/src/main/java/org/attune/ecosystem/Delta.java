package org.attune.ecosystem;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Comparator;
import org.attune.model.Aspect;
import org.attune.model.Element;
import org.attune.model.Episode;
import org.attune.model.Mood;
import org.attune.model.RelationType;
import org.attune.model.ValueInUse;
import org.jspecify.annotations.Nullable;

/**
 * What a derived version changes in its {@link Base}: persistent maps ({@link PersistentMap} where
 * ranges are asked for, {@link PersistentHashMap} where single keys are) of the
 * elements added and removed, the relations added, re-weighted and removed, the perspectives set and
 * removed (those of an aspect other than the actual one apart), and the value-in-use, episodes and
 * moods of each actor whose lists changed. A version shares its
 * delta's unchanged nodes with its parent's, so deriving a version costs in proportion to the change.
 *
 * <p>Its fields are written only by {@link Edits}, on a {@link #copy()} that no ecosystem holds yet;
 * once a {@link ServiceEcosystem} holds a delta (in a final field), it never changes again.
 */
final class Delta {

  /** Marks a part of the base that this version removed. */
  static final Object REMOVED = new Object();

  /** The key of a relation in one direction: (element, type name, element at the other end). */
  record RelKey(int element, String type, int other) implements Comparable<RelKey> {
    @Override
    public int compareTo(RelKey o) {
      if (element != o.element) {
        return element < o.element ? -1 : 1;
      }
      int c = type.compareTo(o.type);
      return c != 0 ? c : Integer.compare(other, o.other);
    }
  }

  /**
   * The key of a perspective of an aspect other than the actual one: (holder, subject, aspect),
   * ordered by holder, subject and aspect; the actual aspect keeps its {@code long} keys.
   */
  record AspectKey(int holder, int subject, Aspect aspect) implements Comparable<AspectKey> {
    @Override
    public int compareTo(AspectKey o) {
      if (holder != o.holder) {
        return holder < o.holder ? -1 : 1;
      }
      if (subject != o.subject) {
        return subject < o.subject ? -1 : 1;
      }
      return aspect.compareTo(o.aspect);
    }
  }

  /** {@return the slot of {@code aspect} in the arrays of counts by aspect} */
  @SuppressWarnings("EnumOrdinal") // a small array indexed by the aspects, in declaration order
  static int slot(Aspect aspect) {
    return aspect.ordinal();
  }

  /** A relation type in use and how many relations use it. */
  record TypeUse(RelationType type, int count) {}

  /** The index the next added element gets. */
  int nextIndex;
  /** Id to index for added elements; to -1 for removed elements of the base. */
  PersistentHashMap<String, Integer> ids = PersistentHashMap.empty();
  /** Added elements by index. */
  PersistentMap<Integer, Element> added = PersistentMap.empty(Comparator.naturalOrder());
  int elementCount;
  /** Relations by (source, type, target): a relation added or re-weighted, or {@link #REMOVED}. */
  PersistentMap<RelKey, Object> out = PersistentMap.empty(Comparator.naturalOrder());
  /** Relations by (target, type, source), as {@link #out}. */
  PersistentMap<RelKey, Object> in = PersistentMap.empty(Comparator.naturalOrder());
  /** How many keys of {@link #out} each source index has: an element without is untouched. */
  PersistentHashMap<Integer, Integer> outTouched = PersistentHashMap.empty();
  /** How many keys of {@link #in} each target index has. */
  PersistentHashMap<Integer, Integer> inTouched = PersistentHashMap.empty();
  int relationCount;
  /** The relation types in use by name; null while they are the base's. */
  @Nullable ImmutableSortedMap<String, TypeUse> types;
  /**
   * Perspectives other than own logics by {@code holder << 32 | subject}: a profile set, or {@link
   * #REMOVED}; for the ranges of one holder. An own logic {@code (i, i)} is kept in {@link
   * #perspectivePoints} alone (a holder's range asks for it there), so that a survey wave that
   * replaces many customers' own logics copies one path per change, not two.
   */
  PersistentMap<Long, Object> perspectives = PersistentMap.empty(Comparator.naturalOrder());
  /** Every actual perspective changed, own logics included, for lookups of one perspective. */
  PersistentHashMap<Long, Object> perspectivePoints = PersistentHashMap.empty();
  int perspectiveCount;
  /**
   * Perspectives of aspects other than the actual one, by (holder, subject, aspect): a profile set,
   * or {@link #REMOVED}. Empty unless such perspectives are set: the actual aspect's lookups never
   * look here.
   */
  PersistentMap<AspectKey, Object> aspects = PersistentMap.empty(Comparator.naturalOrder());
  /** How many perspectives of each aspect but the actual one, by ordinal; copied on write. */
  int[] aspectCounts = new int[Aspect.values().length];
  /** The value-in-use of each beneficiary whose list changed. */
  PersistentHashMap<Integer, ImmutableList<ValueInUse>> valueInUse = PersistentHashMap.empty();
  int valueInUseCount;
  /** The episodes of each customer whose list changed, in time order. */
  PersistentHashMap<Integer, ImmutableList<Episode>> episodes = PersistentHashMap.empty();
  int episodeCount;
  /** The moods of each actor whose list changed, in time order. */
  PersistentHashMap<Integer, ImmutableList<Mood>> moods = PersistentHashMap.empty();
  int moodCount;
  int elementHash;
  int relationHash;
  int perspectiveHash;
  int valueInUseHash;
  int episodeHash;
  int moodHash;

  /** {@return the empty delta of {@code base}: the base as it is} */
  static Delta none(Base base) {
    Delta d = new Delta();
    d.nextIndex = base.size();
    d.elementCount = base.size();
    d.relationCount = base.topology.relationCount();
    d.perspectiveCount = base.perspectives.size();
    d.valueInUseCount = base.valueInUseCount;
    d.episodeCount = base.episodeCount;
    d.aspectCounts = base.aspectCounts.clone();
    d.moodCount = base.moodCount;
    return d;
  }

  /** {@return a draft holding the same changes, for {@link Edits} to extend} */
  Delta copy() {
    Delta d = new Delta();
    d.nextIndex = nextIndex;
    d.ids = ids;
    d.added = added;
    d.elementCount = elementCount;
    d.out = out;
    d.in = in;
    d.outTouched = outTouched;
    d.inTouched = inTouched;
    d.relationCount = relationCount;
    d.types = types;
    d.perspectives = perspectives;
    d.perspectivePoints = perspectivePoints;
    d.perspectiveCount = perspectiveCount;
    d.aspects = aspects;
    d.aspectCounts = aspectCounts;
    d.valueInUse = valueInUse;
    d.valueInUseCount = valueInUseCount;
    d.episodes = episodes;
    d.episodeCount = episodeCount;
    d.moods = moods;
    d.moodCount = moodCount;
    d.elementHash = elementHash;
    d.relationHash = relationHash;
    d.perspectiveHash = perspectiveHash;
    d.valueInUseHash = valueInUseHash;
    d.episodeHash = episodeHash;
    d.moodHash = moodHash;
    return d;
  }

  /** {@return how many entries the delta holds: what its queries and memory grow with} */
  int weight() {
    return ids.size() + out.size() + perspectivePoints.size() + aspects.size() + valueInUse.size()
        + episodes.size() + moods.size();
  }
}
