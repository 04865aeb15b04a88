package io.github.recist.rules;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one class that implements a rule of RECIST-RULES.md, such as {@code @RecistRule("R6")}.
 * Each rule R1–R13 is claimed by exactly one class; an architecture test holds the project to it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RecistRule {
  /** The rule number, {@code R1} to {@code R13}. */
  String value();
}
