package io.github.recist.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test with the numbered sentences of {@code ../shared/spec/RECIST-RULES.md} that it
 * pins, for example {@code @Pins("R6.3")} or {@code @Pins({"R12.2", "R12.5"})}.
 *
 * <p>A test pins a sentence when it fails if the engine stops doing what that sentence says. The
 * rule-coverage test reads these annotations from the test sources of both modules and fails when
 * a numbered sentence of the rules has no test pinning it, so that the contract and the tests
 * cannot drift apart.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Pins {
  /** The rule sentences pinned, each as {@code R<rule>.<sentence>} (or {@code R<rule>}). */
  String[] value();
}
