/**
 * The domain model of a RECIST 1.1 assessment: lesions chosen at baseline, what was recorded of
 * them at each time point, the subject who carries them, and the protocol options under which they
 * are classified. It also holds the iRECIST input (Rule R14): new-lesion targets and non-targets,
 * {@code INCREASED}, symptom-driven visits, recorded i-codes and the iRECIST protocol options.
 *
 * <p>Every type here is an immutable value: built once through a static factory or a builder,
 * validated when built, never changed afterwards. Nothing in this package classifies anything; the
 * rules live in {@code io.github.recist.rules}. Parameters and return values are non-null unless a
 * method says otherwise.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = false)
package io.github.recist.model;

import org.immutables.value.Value;
