package io.github.recist;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.github.recist.rules.RecistRule;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shape of recist-core: a pure library, packages in one direction, each rule in one class. */
class ArchitectureTest {

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.recist");
  }

  @Test
  void coreDoesNoInputOutputJsonLoggingOrCommandLine() {
    ArchRule rule = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "java.io..", "java.nio.file..", "java.net..", "java.util.logging..", "java.sql..",
            "com.fasterxml..", "picocli..", "org.slf4j..", "org.apache.logging..", "java.awt..")
        .orShould().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .because("recist-core is a pure library: I/O, JSON, logging and the command line live in recist-examples");
    rule.check(core);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("io.github.recist.(*)..").should().beFreeOfCycles().check(core);
  }

  @Test
  void dataFlowsModelRulesResultCohort() {
    noClasses().that().resideInAPackage("..recist.model..").should().dependOnClassesThat()
        .resideInAnyPackage("..recist.rules..", "..recist.result..", "..recist.cohort..")
        .check(core);
    noClasses().that().resideInAPackage("..recist.result..").should().dependOnClassesThat()
        .resideInAnyPackage("..recist.rules..", "..recist.cohort..")
        .check(core);
    noClasses().that().resideInAPackage("..recist.rules..").should().dependOnClassesThat()
        .resideInAnyPackage("..recist.cohort..")
        .check(core);
    noClasses().that().resideInAnyPackage("..recist.model..", "..recist.rules..",
            "..recist.result..", "..recist.cohort..")
        .should().dependOnClassesThat().haveFullyQualifiedName(Recist11.class.getName())
        .check(core);
  }

  @Test
  void eachRuleOneToThirteenLivesInExactlyOneClass() {
    Map<String, List<String>> claimed = new TreeMap<>();
    for (JavaClass c : core) {
      c.tryGetAnnotationOfType(RecistRule.class).ifPresent(a ->
          claimed.computeIfAbsent(a.value(), k -> new java.util.ArrayList<>()).add(c.getSimpleName()));
    }
    Map<String, Integer> expected = IntStream.rangeClosed(1, 13).mapToObj(i -> "R" + i)
        .collect(Collectors.toMap(r -> r, r -> 1, (a, b) -> a, TreeMap::new));
    Map<String, Integer> actual = claimed.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size(), (a, b) -> a, TreeMap::new));
    assertEquals(expected, actual, "classes claiming each rule: " + claimed);
  }

  @Test
  void ruleClassesLiveInTheRulesPackage() {
    for (JavaClass c : core) {
      if (c.isAnnotatedWith(RecistRule.class)) {
        assertEquals("io.github.recist.rules", c.getPackageName(), c.getName());
      }
    }
  }
}
