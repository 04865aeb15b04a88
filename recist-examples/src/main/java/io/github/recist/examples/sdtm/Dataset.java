package io.github.recist.examples.sdtm;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One SDTM or ADaM dataset as a table of text values: its name ({@code TU}, {@code ADRS}), the file
 * it came from (for messages), its columns with their types, and its rows. A missing value is null;
 * an empty string is a value. Numbers are kept as written (plain decimal text), so nothing is
 * rounded on the way through.
 */
public final class Dataset {

  /** The type of a column, as Dataset-JSON v1.1 names it ({@code dataType}). */
  public enum Type {
    /** Text. */
    STRING("string"),
    /** A whole number. */
    INTEGER("integer"),
    /** A decimal number. */
    FLOAT("float"),
    /** An ISO 8601 date, possibly partial. */
    DATE("date"),
    /** An ISO 8601 date and time. */
    DATETIME("datetime");

    private final String jsonName;

    Type(String jsonName) {
      this.jsonName = jsonName;
    }

    /** The Dataset-JSON {@code dataType}. */
    public String jsonName() {
      return jsonName;
    }

    /** Whether a CSV writes it unquoted. */
    public boolean numeric() {
      return this == INTEGER || this == FLOAT;
    }
  }

  /** A column: its name, label and type. */
  public static final class Column {
    private final String name;
    private final String label;
    private final Type type;

    private Column(String name, String label, Type type) {
      this.name = Objects.requireNonNull(name);
      this.label = label == null ? name : label;
      this.type = Objects.requireNonNull(type);
    }

    /** A column. */
    public static Column of(String name, String label, Type type) {
      return new Column(name, label, type);
    }

    /** The variable name, such as {@code USUBJID}. */
    public String name() {
      return name;
    }

    /** The label, such as {@code Unique Subject Identifier}; the name when none is known. */
    public String label() {
      return label;
    }

    /** The type. */
    public Type type() {
      return type;
    }

    @Override
    public String toString() {
      return name + " (" + type.jsonName() + ")";
    }
  }

  private final String name;
  private final String file;
  private final ImmutableList<Column> columns;
  private final ImmutableMap<String, Integer> index;
  private final List<String[]> rows;
  private final int[] lines;

  private Dataset(String name, String file, List<Column> columns, List<String[]> rows, int[] lines) {
    this.name = name;
    this.file = file;
    this.columns = ImmutableList.copyOf(columns);
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
    for (int i = 0; i < columns.size(); i++) {
      b.put(columns.get(i).name(), i);
    }
    this.index = b.buildOrThrow();
    this.rows = rows;
    this.lines = lines;
  }

  /**
   * A dataset of {@code rows} (each as long as {@code columns}); {@code lines} gives the place of
   * each row in its file for messages (null: row numbers from 1).
   */
  static Dataset of(String name, String file, List<Column> columns, List<String[]> rows,
      int[] lines) {
    for (String[] row : rows) {
      if (row.length != columns.size()) {
        throw new IllegalArgumentException(name + ": a row of " + row.length + " values for "
            + columns.size() + " columns");
      }
    }
    return new Dataset(name, file, columns, rows, lines);
  }

  /** A new dataset built row by row, for the writers. */
  public static Builder builder(String name, List<Column> columns) {
    return new Builder(name, columns);
  }

  /** The dataset's name: the domain code, such as {@code TR}. */
  public String name() {
    return name;
  }

  /** The file it was read from, or its name for a dataset made here. */
  public String file() {
    return file;
  }

  /** The columns in order. */
  public ImmutableList<Column> columns() {
    return columns;
  }

  /** Whether the dataset has that column. */
  public boolean has(String column) {
    return index.containsKey(column);
  }

  /** The number of rows. */
  public int size() {
    return rows.size();
  }

  /** The value of {@code column} in row {@code row} (0-based), or null when missing or no such column. */
  public String get(int row, String column) {
    Integer i = index.get(column);
    return i == null ? null : rows.get(row)[i];
  }

  /** The values of row {@code row} in column order (a copy). */
  public String[] row(int row) {
    return rows.get(row).clone();
  }

  /**
   * How messages name row {@code row}: its line in a CSV file (the header is line 1) or its index
   * in a Dataset-JSON {@code rows} array (from 1).
   */
  public String where(int row) {
    return name + " " + (lines == null ? "row " + (row + 1) : "line " + lines[row]);
  }

  /** Whether both have the same columns (names and types) and the same rows in the same order. */
  public boolean sameData(Dataset other) {
    if (rows.size() != other.rows.size() || columns.size() != other.columns.size()) {
      return false;
    }
    for (int i = 0; i < columns.size(); i++) {
      if (!columns.get(i).name().equals(other.columns.get(i).name())) {
        return false;
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      if (!Arrays.equals(rows.get(r), other.rows.get(r))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return name + " (" + file + ", " + rows.size() + " rows, " + columns.size() + " columns)";
  }

  /** Builds a dataset a row at a time. */
  public static final class Builder {
    private final String name;
    private final List<Column> columns;
    private final ImmutableMap<String, Integer> index;
    private final List<String[]> rows = new ArrayList<>();

    Builder(String name, List<Column> columns) {
      this.name = name;
      this.columns = ImmutableList.copyOf(columns);
      ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
      for (int i = 0; i < columns.size(); i++) {
        b.put(columns.get(i).name(), i);
      }
      this.index = b.buildOrThrow();
    }

    /** Starts a new row, all values missing. */
    public Row row() {
      String[] values = new String[columns.size()];
      rows.add(values);
      return new Row(values);
    }

    /** The dataset. */
    public Dataset build() {
      return new Dataset(name, name, columns, rows, null);
    }

    /** One row being filled. */
    public final class Row {
      private final String[] values;

      Row(String[] values) {
        this.values = values;
      }

      /**
       * Sets {@code column} to {@code value} (null: missing).
       *
       * @throws IllegalArgumentException if the dataset has no such column
       */
      public Row set(String column, Object value) {
        Integer i = index.get(column);
        if (i == null) {
          throw new IllegalArgumentException(name + " has no column " + column);
        }
        values[i] = value == null ? null : value.toString();
        return this;
      }

      /** Sets {@code column} when the dataset has it; does nothing otherwise. */
      public Row setIfPresent(String column, Object value) {
        if (index.containsKey(column)) {
          set(column, value);
        }
        return this;
      }
    }
  }
}
