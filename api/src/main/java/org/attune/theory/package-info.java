/**
 * Theory as executable rules: a {@link org.attune.theory.Rule} checks a {@link
 * org.attune.ecosystem.ServiceEcosystem} against one statement of a theory and names the elements
 * that break it. {@link org.attune.theory.SdlAxioms} holds the five axioms of Service-Dominant Logic
 * (Vargo &amp; Lusch 2016), {@link org.attune.theory.CdlFoundations} the checkable foundations of
 * Customer-Dominant Logic (Heinonen &amp; Strandvik 2015); a {@link org.attune.theory.RuleSet} checks
 * several at once and returns a {@link org.attune.theory.TheoryReport}. Users write their own rules
 * with {@link org.attune.theory.Rule#of(String, String, String, java.util.function.Function)}.
 *
 * <p>Every type here is immutable, null-hostile and safe to share between threads, and every report
 * lists its violations in a deterministic order.
 */
@CheckReturnValue
@NullMarked
package org.attune.theory;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
