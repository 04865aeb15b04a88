package io.github.recist.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@link CommandSpecs}: the models of {@code recist}, {@code assess} and {@code validate} built by
 * code (issue 14: no annotation read at start-up) are the models picocli reads from the commands'
 * annotations — the same options and parameters with the same attributes, the same help, byte for
 * byte, the same values parsed into the commands' fields. An option added to, changed in or removed
 * from the annotations and not from {@link CommandSpecs} (or the other way round) fails here.
 */
class CommandSpecsTest {

  private static Recist recist() {
    PrintStream discard =
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return new Recist(new ByteArrayInputStream(new byte[0]), discard, discard, false);
  }

  /** {@code recist} with {@code assess} and {@code validate}, every model read from annotations. */
  private static CommandLine annotated(Recist recist, AssessCommand assess,
      ValidateCommand validate) {
    CommandLine cmd = new CommandLine(recist);
    cmd.addSubcommand("assess", assess);
    cmd.addSubcommand("validate", validate);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    return cmd;
  }

  /** The same, every model built by {@link CommandSpecs}, as {@link Recist#run} builds them. */
  private static CommandLine byCode(Recist recist, AssessCommand assess,
      ValidateCommand validate) {
    CommandLine cmd = new CommandLine(CommandSpecs.recist(recist));
    cmd.addSubcommand("assess", CommandSpecs.assess(assess, recist));
    cmd.addSubcommand("validate", CommandSpecs.validate(validate, recist));
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    return cmd;
  }

  /** Every attribute of an option or parameter that picocli parses or prints by. */
  private static String attributes(ArgSpec a) {
    StringBuilder s = new StringBuilder()
        .append("type=").append(a.type())
        .append(" auxiliaryTypes=").append(Arrays.toString(a.auxiliaryTypes()))
        .append(" arity=").append(a.arity())
        .append(" required=").append(a.required())
        .append(" paramLabel=").append(a.paramLabel())
        .append(" hideParamSyntax=").append(a.hideParamSyntax())
        .append(" defaultValue=").append(a.defaultValue())
        .append(" initialValue=").append(a.initialValue())
        .append(" hasInitialValue=").append(a.hasInitialValue())
        .append(" showDefaultValue=").append(a.showDefaultValue())
        .append(" scopeType=").append(a.scopeType())
        .append(" inherited=").append(a.inherited())
        .append(" hidden=").append(a.hidden())
        .append(" interactive=").append(a.interactive())
        .append(" splitRegex=").append(a.splitRegex())
        .append(" descriptionKey=").append(a.descriptionKey())
        .append(" description=").append(Arrays.toString(a.description()));
    if (a instanceof OptionSpec) {
      OptionSpec o = (OptionSpec) a;
      s.append(" names=").append(Arrays.toString(o.names()))
          .append(" usageHelp=").append(o.usageHelp())
          .append(" versionHelp=").append(o.versionHelp())
          .append(" order=").append(o.order())
          .append(" negatable=").append(o.negatable())
          .append(" fallbackValue=").append(o.fallbackValue());
    } else {
      s.append(" index=").append(((PositionalParamSpec) a).index());
    }
    return s.toString();
  }

  private static Map<String, String> args(CommandSpec spec) {
    Map<String, String> args = new LinkedHashMap<>();
    for (ArgSpec a : spec.args()) {
      String key = a instanceof OptionSpec ? ((OptionSpec) a).longestName() : a.paramLabel();
      args.put(key, attributes(a));
    }
    return args;
  }

  @Test
  void eachModelHasTheOptionsAndParametersItsAnnotationsDeclare() {
    CommandLine annotated = annotated(recist(), new AssessCommand(), new ValidateCommand());
    CommandLine byCode = byCode(recist(), new AssessCommand(), new ValidateCommand());
    assertEquals(args(annotated.getCommandSpec()), args(byCode.getCommandSpec()), "recist");
    for (String command : List.of("assess", "validate")) {
      assertEquals(args(annotated.getSubcommands().get(command).getCommandSpec()),
          args(byCode.getSubcommands().get(command).getCommandSpec()), command);
    }
  }

  @Test
  void eachModelPrintsTheHelpItsAnnotationsPrint() {
    CommandLine annotated = annotated(recist(), new AssessCommand(), new ValidateCommand());
    CommandLine byCode = byCode(recist(), new AssessCommand(), new ValidateCommand());
    assertEquals(annotated.getUsageMessage(), byCode.getUsageMessage(), "recist --help");
    for (String command : List.of("assess", "validate")) {
      assertEquals(annotated.getSubcommands().get(command).getUsageMessage(),
          byCode.getSubcommands().get(command).getUsageMessage(), command + " --help");
    }
    assertEquals(String.join("\n", annotated.getCommandSpec().version()),
        String.join("\n", byCode.getCommandSpec().version()), "--version");
  }

  /** The fields of {@code assess} and {@code recist} after parsing {@code args}. */
  private static List<Object> assessFields(boolean byCode, String... args) {
    Recist recist = recist();
    AssessCommand assess = new AssessCommand();
    CommandLine cmd = byCode ? byCode(recist, assess, new ValidateCommand())
        : annotated(recist, assess, new ValidateCommand());
    cmd.parseArgs(args);
    assertSame(recist, assess.recist, "the parent command is given to assess");
    assertNotNull(assess.spec);
    assertSame(cmd.getSubcommands().get("assess").getCommandSpec(), assess.spec);
    return new ArrayList<>(Arrays.asList(assess.file, assess.strict, assess.format,
        assess.compact, assess.reasons, assess.threads, assess.criteria, assess.adam,
        assess.profile, recist.debug));
  }

  private static List<Object> validateFields(boolean byCode, String... args) {
    Recist recist = recist();
    ValidateCommand validate = new ValidateCommand();
    CommandLine cmd = byCode ? byCode(recist, new AssessCommand(), validate)
        : annotated(recist, new AssessCommand(), validate);
    cmd.parseArgs(args);
    assertSame(recist, validate.recist, "the parent command is given to validate");
    return new ArrayList<>(Arrays.asList(validate.file, validate.strict, recist.debug));
  }

  @Test
  void eachModelParsesIntoTheFieldsAsItsAnnotationsDo() {
    for (String[] args : new String[][] {
        {"assess", "cases.json"},
        {"assess", "-"},
        {"assess", "--strict", "--format", "TEXT", "--compact", "--reasons", "codes",
            "--threads", "3", "--criteria", "both", "--adam", "out", "--profile", "recist_rules",
            "--debug", "cases.json"},
        {"--debug", "assess", "--format=text", "--reasons=none", "--threads=1", "cases.json"}}) {
      assertEquals(assessFields(false, args), assessFields(true, args), String.join(" ", args));
    }
    for (String[] args : new String[][] {
        {"validate", "cases.json"}, {"validate", "--strict", "--debug", "-"}}) {
      assertEquals(validateFields(false, args), validateFields(true, args),
          String.join(" ", args));
    }
  }
}
