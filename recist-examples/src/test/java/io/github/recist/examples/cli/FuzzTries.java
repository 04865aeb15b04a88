package io.github.recist.examples.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * How many tries a fuzz property makes: {@link #value()} in {@code mvn verify}, kept small so the
 * build stays fast; the system property {@value #SYSTEM_PROPERTY} (set by the {@code fuzz}
 * profile: {@code mvn -Pfuzz verify -pl recist-examples -am}) makes every fuzz property run that
 * many instead.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@AddLifecycleHook(FuzzTries.Hook.class)
@interface FuzzTries {

  /** The system property that overrides the tries of every fuzz property. */
  String SYSTEM_PROPERTY = "recist.fuzz.tries";

  /** Tries in an ordinary build. */
  int value();

  /** Sets the tries of the property before it runs. */
  final class Hook implements AroundPropertyHook {
    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context,
        PropertyExecutor property) {
      int tries = context.findAnnotation(FuzzTries.class).map(FuzzTries::value).orElse(100);
      String override = System.getProperty(SYSTEM_PROPERTY, "").trim();
      context.attributes().setTries(override.isEmpty() ? tries : Integer.parseInt(override));
      return property.execute();
    }
  }
}
