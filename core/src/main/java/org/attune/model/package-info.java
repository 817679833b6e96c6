/**
 * The domain model of Customer-Dominant and Service-Dominant Logic: the sealed {@link
 * org.attune.model.Element} family, {@link org.attune.model.Relation}s, customer logics as {@link
 * org.attune.model.Profile}s seen from a {@link org.attune.model.Perspective}, {@link
 * org.attune.model.ValueInUse}, {@link org.attune.model.Emotion}s, {@link org.attune.model.Episode}s
 * and {@link org.attune.model.Journey}s.
 *
 * <p>Every type here is immutable, null-hostile and safe to share between threads; builders are the
 * only mutable types and say so. Factories and constructors validate their input and reject it with a
 * {@link java.lang.NullPointerException} or {@link java.lang.IllegalArgumentException} whose message
 * names the field, the bad value and what was expected.
 */
@CheckReturnValue
@NullMarked
package org.attune.model;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
