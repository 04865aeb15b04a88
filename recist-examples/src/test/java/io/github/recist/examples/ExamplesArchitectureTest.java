package io.github.recist.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of recist-examples: its packages (json, report, generate, cli) free of cycles, the
 * command line on top of the others, each of them on top of recist-core, and core knowing none of
 * them.
 */
class ExamplesArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.recist");
  }

  @Test
  void examplesPackagesHaveNoCycles() {
    slices().matching("io.github.recist.examples.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void coreNeverDependsOnTheExamples() {
    noClasses().that().resideOutsideOfPackage("io.github.recist.examples..")
        .should().dependOnClassesThat().resideInAPackage("io.github.recist.examples..")
        .because("recist-core is a library that knows nothing of its JSON codec, reports or command line")
        .check(classes);
  }

  @Test
  void neitherTheJsonCodecNorTheReportsNorTheGeneratorDependOnTheCommandLine() {
    noClasses().that().resideInAnyPackage("..examples.json..", "..examples.report..",
            "..examples.generate..")
        .should().dependOnClassesThat().resideInAPackage("..examples.cli..")
        .because("the command line is a thin layer over the codec and the reports, which other "
            + "programs use without it")
        .check(classes);
  }

  @Test
  void theCommandLineSitsOnTheCodecReportsAndGeneratorWhichSitOnCore() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("Command line").definedBy("io.github.recist.examples.cli..")
        .layer("JSON codec").definedBy("io.github.recist.examples.json..")
        .layer("Reports").definedBy("io.github.recist.examples.report..")
        .layer("Generator").definedBy("io.github.recist.examples.generate..")
        .layer("Core").definedBy("io.github.recist", "io.github.recist.model..",
            "io.github.recist.rules..", "io.github.recist.result..", "io.github.recist.cohort..")
        .whereLayer("Command line").mayNotBeAccessedByAnyLayer()
        .whereLayer("JSON codec").mayOnlyBeAccessedByLayers("Command line")
        .whereLayer("Reports").mayOnlyBeAccessedByLayers("Command line")
        .whereLayer("Generator").mayOnlyBeAccessedByLayers("Command line")
        .whereLayer("Core").mayOnlyBeAccessedByLayers("Command line", "JSON codec", "Reports",
            "Generator")
        .check(classes);
  }
}
