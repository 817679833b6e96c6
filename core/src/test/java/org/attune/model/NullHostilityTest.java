package org.attune.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.model.Fixtures.ALICE;
import static org.attune.model.Fixtures.APP;
import static org.attune.model.Fixtures.CARE_PLAN;
import static org.attune.model.Fixtures.CLINIC;
import static org.attune.model.Fixtures.KNOW_HOW;
import static org.attune.model.Fixtures.MEASURING;
import static org.attune.model.Fixtures.PRIVACY;
import static org.attune.model.Fixtures.T0;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.reflect.ClassPath;
import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public constructor and method of the model rejects a null argument with a {@link
 * NullPointerException} (package documentation: "null-hostile").
 */
class NullHostilityTest {

  private static final Profile PROFILE =
      Profile.builder().level(Dimension.FUNCTIONAL, 0.9, 2).level(Dimension.EMOTIONAL, 0.7).build();
  private static final Episode EPISODE = Episode.of(ALICE, APP, T0);

  private static NullPointerTester tester() {
    return new NullPointerTester()
        // the tester's own default "" is blank: the IllegalArgumentException for a blank id or
        // name would then be thrown instead of the NullPointerException under test
        .setDefault(String.class, "x")
        // the tester's own default is an empty set, which RelationType rejects with an
        // IllegalArgumentException; Set<ElementKind> is the only set the model's methods take
        // besides ValueInUse's contributors, which are null-checked before they are read
        .setDefault(Set.class, ImmutableSet.of(ElementKind.ACTOR))
        .setDefault(Element.class, ALICE)
        .setDefault(Actor.class, ALICE)
        .setDefault(Resource.class, KNOW_HOW)
        .setDefault(Institution.class, PRIVACY)
        .setDefault(Activity.class, MEASURING)
        .setDefault(Touchpoint.class, APP)
        .setDefault(ValueProposition.class, CARE_PLAN)
        .setDefault(RelationType.class, RelationType.SERVES)
        .setDefault(Dimension.class, Dimension.FUNCTIONAL)
        .setDefault(Profile.class, PROFILE)
        .setDefault(Emotion.class, Emotion.NEUTRAL)
        .setDefault(Episode.class, EPISODE)
        .setDefault(Instant.class, T0);
  }

  /** {@return every public type of org.attune.model, nested ones included} */
  static Stream<Class<?>> publicTypes() throws IOException {
    Deque<Class<?>> pending = new ArrayDeque<>();
    ClassPath.from(Profile.class.getClassLoader())
        .getTopLevelClasses(Profile.class.getPackageName())
        .forEach(info -> pending.add(info.load()));
    ImmutableList.Builder<Class<?>> found = ImmutableList.builder();
    while (!pending.isEmpty()) {
      Class<?> type = pending.remove();
      if (Modifier.isPublic(type.getModifiers())) {
        found.add(type);
        pending.addAll(Arrays.asList(type.getDeclaredClasses()));
      }
    }
    return found.build().stream();
  }

  /** {@return a sample instance of every public type that has instances, enum constants aside} */
  static Stream<Named<Object>> samples() {
    Stream<Object> records =
        Stream.of(
            ALICE,
            KNOW_HOW,
            PRIVACY,
            MEASURING,
            APP,
            CARE_PLAN,
            Dimension.FUNCTIONAL,
            Relation.of(CLINIC, RelationType.SERVES, ALICE, 0.8),
            Perspective.of(CLINIC, ALICE),
            PROFILE,
            Profile.builder(),
            Profile.builder().level(Dimension.SOCIAL, 0.4),
            ValueInUse.of(ALICE, Sphere.JOINT, 0.6, CLINIC),
            Emotion.of(0.5, 0.2, -0.4),
            Mood.of(ALICE, Emotion.of(-0.5, 0.6, -0.4), T0),
            EPISODE,
            Episode.builder(ALICE, APP, T0),
            Journey.of(ImmutableList.of(EPISODE)),
            RelationType.of(
                "CARES_FOR",
                EnumSet.of(ElementKind.ACTOR, ElementKind.VALUE_PROPOSITION),
                EnumSet.of(ElementKind.ACTIVITY)));
    // every built-in: connects(source, target) must check both whatever kinds the type connects
    Stream<Object> relationTypes = RelationType.builtIns().stream().map(t -> t);
    return Stream.concat(records, relationTypes)
        .map(o -> Named.of(o.getClass().getSimpleName() + " " + o, o));
  }

  /** {@return every constant of every public enum of the model} */
  static Stream<Named<Object>> enumConstants() throws IOException {
    return publicTypes()
        .filter(Class::isEnum)
        .flatMap(type -> Arrays.stream(type.getEnumConstants()))
        .map(c -> Named.of(c.getClass().getSimpleName() + "." + c, c));
  }

  @Test
  void should_find_the_public_types_including_nested_ones_and_no_package_private_one()
      throws IOException {
    assertThat(publicTypes())
        .contains(
            Actor.class,
            Profile.class,
            Profile.Builder.class,
            Episode.Builder.class,
            Emotion.Octant.class,
            Element.class,
            InstitutionKind.class)
        .doesNotContain(Fixtures.class, NullHostilityTest.class);
  }

  @Test
  void should_have_a_sample_of_every_public_class_that_is_neither_an_interface_nor_an_enum()
      throws IOException {
    // given
    Set<Class<?>> sampled =
        ImmutableSet.copyOf(samples().map(n -> n.getPayload().getClass()).toList());
    // then
    // Ids holds static methods only: it has no instances to sample
    assertThat(publicTypes().filter(t -> !t.isInterface() && !t.isEnum() && t != Ids.class))
        .allSatisfy(type -> assertThat(sampled).contains(type));
  }

  @ParameterizedTest
  @MethodSource("publicTypes")
  void public_static_methods_should_reject_null(Class<?> type) {
    tester().testAllPublicStaticMethods(type);
  }

  @ParameterizedTest
  @MethodSource("publicTypes")
  void public_constructors_should_reject_null(Class<?> type) {
    tester().testAllPublicConstructors(type);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void public_instance_methods_should_reject_null(Object sample) {
    tester().testAllPublicInstanceMethods(sample);
  }

  @ParameterizedTest
  @MethodSource("enumConstants")
  void public_enum_methods_should_reject_null(Object constant) {
    tester().testAllPublicInstanceMethods(constant);
  }
}
