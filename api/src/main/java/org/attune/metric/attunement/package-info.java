/**
 * The built-in attunement metrics (DESIGN section 5): whether customer and provider are tuned to
 * each other, in the four ways Ashworth, Longmate &amp; Morrison (1992, "Patient participation: its
 * meaning and significance in the context of caring", <i>Journal of Advanced Nursing</i> 17) name:
 * {@link org.attune.metric.attunement.KnowledgeSymmetry} (a mutual stock of knowledge), {@link
 * org.attune.metric.attunement.EmotionalAttunement} (emotional and motivational attunement: the
 * provider's responsiveness to the customer's emotional state, scored against the attuned response
 * to it, warmth, calm and confidence where she is distressed, not against the same emotion), {@link
 * org.attune.metric.attunement.Recognition} (contributions taken as worthy) and {@link
 * org.attune.metric.attunement.IdentitySafety} (identity not under threat); and {@link
 * org.attune.metric.attunement.Attunement}, their composite. All are micro level.
 *
 * <p>Every metric here is stateless, immutable and thread-safe.
 */
@CheckReturnValue
@NullMarked
package org.attune.metric.attunement;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
