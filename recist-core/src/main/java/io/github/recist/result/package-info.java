/**
 * What the rules conclude, with their reasons: each time point's sums, changes and four responses
 * ({@link io.github.recist.result.TimepointResult}), and each subject's best overall response,
 * progression date and endpoints ({@link io.github.recist.result.SubjectAssessment}).
 *
 * <p>Reasons are data ({@link io.github.recist.result.Reason}: the rule, the values, the
 * threshold), rendered to a plain sentence only when asked. Every type is an immutable value.
 * Parameters and return values are non-null unless a method says otherwise.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    // the defaults are constants, so they need no guard against initialisation cycles; without the
    // guard no value allocates an extra object (the engine makes one time point result per visit)
    unsafeDefaultAndDerived = true,
    jdkOnly = false)
package io.github.recist.result;

import org.immutables.value.Value;
