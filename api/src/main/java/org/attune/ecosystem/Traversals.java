package org.attune.ecosystem;

import org.attune.model.Actor;
import org.attune.model.EffectFlow;
import org.attune.model.Element;
import org.attune.model.ElementKind;
import org.attune.model.Relation;
import org.attune.model.RelationType;

/** The built-in traversals of {@link Traversal}. */
enum Traversals implements Traversal {

  /** The CDL default of {@link Traversal#customerEcosystem()}. */
  CUSTOMER_ECOSYSTEM {
    @Override
    public boolean follows(Actor customer, Element from, Relation relation, Element to, int hop) {
      return from.equals(customer)
          || !(to instanceof Actor)
          || !flowsOnlyAway(relation.type().flow(), relation.source().equals(from));
    }

    @Override
    public boolean mayFollow(
        Actor customer, Element from, RelationType type, Direction direction, int hop) {
      return switch (direction) {
        case OUTGOING -> from.equals(customer) || !onlyAwayIntoActors(type, true);
        case INCOMING -> from.equals(customer) || !onlyAwayIntoActors(type, false);
        case BOTH -> mayFollow(customer, from, type, Direction.OUTGOING, hop)
            || mayFollow(customer, from, type, Direction.INCOMING, hop);
      };
    }

    @Override
    public String toString() {
      return "Traversal.customerEcosystem()";
    }
  },

  /** Every relation, both ways, of {@link Traversal#everyRelation()}. */
  EVERY_RELATION {
    @Override
    public boolean follows(Actor customer, Element from, Relation relation, Element to, int hop) {
      return true;
    }

    @Override
    public String toString() {
      return "Traversal.everyRelation()";
    }
  };

  /**
   * {@return whether the effect of a relation of {@code flow} runs only from the element the step
   * starts at to the other end}
   *
   * @param fromIsSource whether the step starts at the relation's source
   */
  private static boolean flowsOnlyAway(EffectFlow flow, boolean fromIsSource) {
    return fromIsSource ? flow == EffectFlow.FORWARD : flow == EffectFlow.BACKWARD;
  }

  /** {@return whether every relation of {@code type} taken this way is one into an actor it only affects} */
  private static boolean onlyAwayIntoActors(RelationType type, boolean fromIsSource) {
    var otherEnd = fromIsSource ? type.targets() : type.sources();
    return flowsOnlyAway(type.flow(), fromIsSource)
        && otherEnd.size() == 1
        && otherEnd.contains(ElementKind.ACTOR);
  }
}
