package io.github.recist.examples.sdtm;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.recist.model.Problem;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * Reads and writes {@link Dataset}s as CSV (RFC 4180, a header row; an empty unquoted field is
 * missing, an empty quoted field is an empty string; {@code .csv.gz} read directly) and as CDISC
 * Dataset-JSON v1.1 (one dataset per file; the structure is checked: the required attributes, each
 * column's {@code name} and {@code dataType}, every row as long as the columns and each value of its
 * column's type).
 */
public final class Datasets {

  /** The Dataset-JSON version this writes. */
  public static final String DATASET_JSON_VERSION = "1.1.0";

  private static final Pattern NUMBER = Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
  private static final ImmutableSet<String> REQUIRED = ImmutableSet.of("datasetJSONCreationDateTime",
      "datasetJSONVersion", "itemGroupOID", "records", "name", "label", "columns");
  private static final ImmutableSet<String> DATA_TYPES = ImmutableSet.of("string", "integer",
      "decimal", "float", "double", "boolean", "datetime", "date", "time", "URI");

  private static final CSVFormat READ = CSVFormat.RFC4180.builder()
      .setQuoteMode(QuoteMode.ALL_NON_NULL) // an empty unquoted field is null, "" is ""
      .setNullString(null)
      .get();

  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private Datasets() {}

  /** Thrown when a file cannot be read as a dataset; carries every problem found. */
  public static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;
    private final ImmutableList<Problem> problems;

    Unreadable(List<Problem> problems) {
      super(problems.get(0).toString());
      this.problems = ImmutableList.copyOf(problems);
    }

    /** The problems, each naming the file, and the row and column where known. */
    public ImmutableList<Problem> problems() {
      return problems;
    }
  }

  /**
   * Reads {@code path} as the dataset {@code name}: Dataset-JSON when it ends in {@code .json}, CSV
   * otherwise (gzipped when it ends in {@code .gz}).
   *
   * @throws Unreadable if the file is not a dataset of that form
   * @throws IOException if it cannot be read
   */
  public static Dataset read(Path path, String name) throws IOException, Unreadable {
    String file = path.toString();
    if (!Files.isRegularFile(path)) {
      throw new Unreadable(List.of(Problem.error(file, null, null, "no such file")));
    }
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        InputStream in = file.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
      String plain = file.endsWith(".gz") ? file.substring(0, file.length() - 3) : file;
      return plain.endsWith(".json") ? readJson(in, file, name) : readCsv(in, file, name);
    }
  }

  /** Reads a CSV dataset from {@code in}. */
  static Dataset readCsv(InputStream in, String file, String name) throws IOException, Unreadable {
    List<Problem> problems = new ArrayList<>();
    Consumer<String> problem = m -> problems.add(Problem.error(file, null, null, m));
    List<String[]> rows = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    List<String> header;
    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
    try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(READ).get()) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        throw new Unreadable(List.of(Problem.error(file, null, null,
            "empty file: a CSV dataset starts with a header row of variable names")));
      }
      CSVRecord first = records.next();
      header = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < first.size(); i++) {
        String column = first.get(i);
        if (column == null || column.isEmpty()) {
          problem.accept("header column " + (i + 1) + " has no name");
        } else if (!seen.add(column)) {
          problem.accept("column " + column + " appears twice in the header");
        }
        header.add(column == null ? "" : column);
      }
      int line = 1;
      while (records.hasNext()) {
        CSVRecord r = records.next();
        line++;
        if (r.size() == 1 && r.get(0) == null && header.size() > 1) {
          continue; // an empty line
        }
        if (r.size() != header.size()) {
          problem.accept("line " + line + " has " + r.size() + " fields, the header "
              + header.size());
          continue;
        }
        String[] values = new String[r.size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = r.get(i);
        }
        rows.add(values);
        lines.add(line);
      }
    } catch (java.io.UncheckedIOException | IllegalStateException e) {
      // Commons CSV reports a broken quote as an unchecked exception
      throw new Unreadable(List.of(Problem.error(file, null, null,
          "not RFC 4180 CSV: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()))));
    }
    if (!problems.isEmpty()) {
      throw new Unreadable(problems);
    }
    List<Dataset.Column> columns = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      columns.add(Dataset.Column.of(header.get(i), null, csvType(rows, i)));
    }
    return Dataset.of(name, file, columns, rows, lines.stream().mapToInt(Integer::intValue).toArray());
  }

  /** A CSV column is numeric when every value it has is a number; text otherwise. */
  private static Dataset.Type csvType(List<String[]> rows, int column) {
    boolean any = false;
    boolean whole = true;
    for (String[] row : rows) {
      String v = row[column];
      if (v == null) {
        continue;
      }
      if (!NUMBER.matcher(v).matches()) {
        return Dataset.Type.STRING;
      }
      any = true;
      whole &= v.indexOf('.') < 0 && v.indexOf('e') < 0 && v.indexOf('E') < 0;
    }
    return !any ? Dataset.Type.STRING : whole ? Dataset.Type.INTEGER : Dataset.Type.FLOAT;
  }

  /** Reads a Dataset-JSON v1.1 dataset from {@code in}, checking its structure. */
  static Dataset readJson(InputStream in, String file, String name) throws IOException, Unreadable {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JacksonException e) {
      throw new Unreadable(List.of(Problem.error(file, null, null, "not JSON: "
          + e.getOriginalMessage().replaceAll("\\[Source: [^;]*; ", "[").replace('\n', ' ')
          + (e.getLocation() == null ? ""
              : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"))));
    }
    List<Problem> problems = new ArrayList<>();
    Consumer<String> problem = m -> problems.add(Problem.error(file, null, null, m));
    if (root == null || !root.isObject()) {
      throw new Unreadable(List.of(Problem.error(file, null, null,
          "a Dataset-JSON file is one JSON object holding one dataset")));
    }
    for (String attribute : REQUIRED) {
      if (!root.has(attribute)) {
        problem.accept("missing Dataset-JSON attribute " + attribute);
      }
    }
    if (root.has("clinicalData") || root.has("referenceData")) {
      problem.accept("Dataset-JSON v1.0 structure (clinicalData/referenceData): only v1.1 is read");
    }
    JsonNode version = root.get("datasetJSONVersion");
    if (version != null && !(version.isTextual() && version.asText().startsWith("1.1"))) {
      problem.accept("datasetJSONVersion must be 1.1.x, not " + version);
    }
    JsonNode dsName = root.get("name");
    if (dsName != null && dsName.isTextual() && !dsName.asText().equalsIgnoreCase(name)) {
      problem.accept("the dataset is " + dsName.asText() + ", not " + name);
    }
    JsonNode columnsNode = root.get("columns");
    List<Dataset.Column> columns = new ArrayList<>();
    List<String> declared = new ArrayList<>();
    if (columnsNode != null) {
      if (!columnsNode.isArray() || columnsNode.isEmpty()) {
        problem.accept("columns must be a non-empty array");
      } else {
        Set<String> seen = new HashSet<>();
        int i = 0;
        for (JsonNode c : columnsNode) {
          i++;
          JsonNode n = c.get("name");
          JsonNode t = c.get("dataType");
          String cname = n != null && n.isTextual() ? n.asText() : null;
          String where = "column " + i + (cname == null ? "" : " (" + cname + ")");
          if (cname == null || cname.isEmpty()) {
            problem.accept(where + " has no name");
          } else if (!seen.add(cname)) {
            problem.accept(where + ": name used twice");
          }
          for (String required : List.of("itemOID", "label")) {
            if (!c.has(required)) {
              problem.accept(where + " has no " + required);
            }
          }
          String type = t != null && t.isTextual() ? t.asText() : null;
          if (type == null || !DATA_TYPES.contains(type)) {
            problem.accept(where + ": dataType must be one of " + DATA_TYPES + ", not " + t);
          }
          declared.add(type);
          JsonNode label = c.get("label");
          columns.add(Dataset.Column.of(cname == null ? "#" + i : cname,
              label == null ? null : label.asText(), datasetType(type)));
        }
      }
    }
    List<String[]> rows = new ArrayList<>();
    JsonNode rowsNode = root.get("rows");
    if (rowsNode != null && !rowsNode.isArray()) {
      problem.accept("rows must be an array of arrays");
    } else if (rowsNode != null && problems.isEmpty()) {
      int r = 0;
      for (JsonNode row : rowsNode) {
        r++;
        if (!row.isArray() || row.size() != columns.size()) {
          problem.accept("row " + r + " must be an array of " + columns.size() + " values, not "
              + (row.isArray() ? row.size() + " values" : row.getNodeType().toString().toLowerCase()));
          continue;
        }
        String[] values = new String[columns.size()];
        for (int i = 0; i < values.length; i++) {
          JsonNode v = row.get(i);
          String message = valueProblem(v, declared.get(i));
          if (message != null) {
            problem.accept("row " + r + ", column " + columns.get(i).name() + ": " + message);
          }
          values[i] = v.isNull() ? null : v.isNumber() ? plain(v.decimalValue()) : v.asText();
        }
        rows.add(values);
      }
    }
    JsonNode records = root.get("records");
    if (records != null && problems.isEmpty() && (!records.isIntegralNumber()
        || records.asLong() != rows.size())) {
      problem.accept("records is " + records + " but the file has " + rows.size() + " rows");
    }
    if (!problems.isEmpty()) {
      throw new Unreadable(problems);
    }
    return Dataset.of(name, file, columns, rows, null);
  }

  private static String valueProblem(JsonNode v, String type) {
    if (v.isNull()) {
      return null;
    }
    switch (type) {
      case "integer":
        return v.isIntegralNumber() || (v.isNumber() && v.decimalValue().stripTrailingZeros().scale() <= 0)
            ? null : "an integer is expected, not " + v;
      case "float":
      case "double":
        return v.isNumber() ? null : "a number is expected, not " + v;
      case "decimal":
        return v.isNumber() || (v.isTextual() && NUMBER.matcher(v.asText()).matches()) ? null
            : "a decimal is expected, not " + v;
      case "boolean":
        return v.isBoolean() ? null : "true or false is expected, not " + v;
      default:
        return v.isTextual() ? null : "a string is expected, not " + v;
    }
  }

  private static Dataset.Type datasetType(String jsonType) {
    if (jsonType == null) {
      return Dataset.Type.STRING;
    }
    switch (jsonType) {
      case "integer":
        return Dataset.Type.INTEGER;
      case "decimal":
      case "float":
      case "double":
        return Dataset.Type.FLOAT;
      case "date":
        return Dataset.Type.DATE;
      case "datetime":
        return Dataset.Type.DATETIME;
      default:
        return Dataset.Type.STRING;
    }
  }

  /** A number as plain text without trailing zeros: {@code 21}, {@code 32.32}. */
  static String plain(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  /**
   * Writes {@code dataset} as CSV: a header row, LF line ends, text and dates quoted, numbers
   * unquoted, missing values as empty unquoted fields (the pharmaverse dialect).
   */
  public static void writeCsv(Dataset dataset, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    StringBuilder line = new StringBuilder(256);
    List<Dataset.Column> columns = dataset.columns();
    for (int i = 0; i < columns.size(); i++) {
      line.append(i == 0 ? "" : ",").append(quote(columns.get(i).name()));
    }
    w.write(line.append('\n').toString());
    for (int r = 0; r < dataset.size(); r++) {
      line.setLength(0);
      String[] row = dataset.row(r);
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          line.append(',');
        }
        if (row[i] != null) {
          line.append(columns.get(i).type().numeric() ? row[i] : quote(row[i]));
        }
      }
      w.write(line.append('\n').toString());
    }
    w.flush();
  }

  private static String quote(String s) {
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  /**
   * Writes {@code dataset} as Dataset-JSON v1.1: the attributes in the recommended order, a column
   * per variable with its {@code dataType}, numbers as JSON numbers, missing values as null.
   * {@code created} is {@code datasetJSONCreationDateTime} (given, so that output is reproducible).
   */
  public static void writeJson(Dataset dataset, String studyOid, OffsetDateTime created,
      OutputStream out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      g.writeStartObject();
      g.writeStringField("datasetJSONCreationDateTime", created.withOffsetSameInstant(ZoneOffset.UTC)
          .truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
      g.writeStringField("datasetJSONVersion", DATASET_JSON_VERSION);
      g.writeStringField("originator", "recist");
      g.writeObjectFieldStart("sourceSystem");
      g.writeStringField("name", "recist");
      g.writeStringField("version", "0.1.0");
      g.writeEndObject();
      if (studyOid != null) {
        g.writeStringField("studyOID", studyOid);
      }
      g.writeStringField("itemGroupOID", "IG." + dataset.name());
      g.writeNumberField("records", dataset.size());
      g.writeStringField("name", dataset.name());
      g.writeStringField("label", dataset.name());
      g.writeArrayFieldStart("columns");
      for (Dataset.Column c : dataset.columns()) {
        g.writeStartObject();
        g.writeStringField("itemOID", "IT." + dataset.name() + "." + c.name());
        g.writeStringField("name", c.name());
        g.writeStringField("label", c.label());
        g.writeStringField("dataType", c.type().jsonName());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("rows");
      for (int r = 0; r < dataset.size(); r++) {
        g.writeStartArray();
        String[] row = dataset.row(r);
        for (int i = 0; i < row.length; i++) {
          if (row[i] == null) {
            g.writeNull();
          } else if (dataset.columns().get(i).type().numeric()) {
            g.writeNumber(new BigDecimal(row[i]));
          } else {
            g.writeString(row[i]);
          }
        }
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.flush();
  }
}
