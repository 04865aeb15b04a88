package io.github.recist.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/**
 * The organ a lesion lies in, named in upper case with {@code _} for spaces ({@code LUNG},
 * {@code SOFT_TISSUE}).
 *
 * <p>Rule R2 counts targets per organ; all lymph nodes together are one organ,
 * {@link #LYMPH_NODE}. Common organs are constants; any other is made with {@link #of(String)}.
 */
public final class Site implements Comparable<Site> {
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

  /** The organ LUNG. */
  public static final Site LUNG = new Site("LUNG");
  /** The organ LIVER. */
  public static final Site LIVER = new Site("LIVER");
  /** The organ BONE. */
  public static final Site BONE = new Site("BONE");
  /** The organ LYMPH_NODE. */
  public static final Site LYMPH_NODE = new Site("LYMPH_NODE");
  /** The organ SOFT_TISSUE. */
  public static final Site SOFT_TISSUE = new Site("SOFT_TISSUE");
  /** The organ PLEURA. */
  public static final Site PLEURA = new Site("PLEURA");
  /** The organ PERITONEUM. */
  public static final Site PERITONEUM = new Site("PERITONEUM");
  /** The organ BRAIN. */
  public static final Site BRAIN = new Site("BRAIN");
  /** The organ ADRENAL. */
  public static final Site ADRENAL = new Site("ADRENAL");
  /** The organ KIDNEY. */
  public static final Site KIDNEY = new Site("KIDNEY");
  /** The organ SKIN. */
  public static final Site SKIN = new Site("SKIN");
  /** The organ MUSCLE. */
  public static final Site MUSCLE = new Site("MUSCLE");

  private static final Site[] KNOWN = {
    LUNG, LIVER, BONE, LYMPH_NODE, SOFT_TISSUE, PLEURA, PERITONEUM, BRAIN, ADRENAL, KIDNEY, SKIN,
    MUSCLE
  };

  private final String name;

  private Site(String name) {
    this.name = name;
  }

  /**
   * Returns the organ of that name.
   *
   * @throws IllegalArgumentException if the name is not upper case letters, digits and {@code _}
   */
  public static Site of(String name) {
    for (Site known : KNOWN) {
      if (known.name.equals(name)) {
        return known;
      }
    }
    checkArgument(name != null && NAME.matcher(name).matches(),
        "'%s' is not an organ name (upper case letters, digits and _, such as LUNG or SOFT_TISSUE)",
        name);
    return new Site(name);
  }

  /** The organ's name, such as {@code LUNG}. */
  public String name() {
    return name;
  }

  /** Whether this is the lymph-node "organ" of Rule R2. */
  public boolean isLymphNode() {
    return this.equals(LYMPH_NODE);
  }

  @Override
  public int compareTo(Site other) {
    return name.compareTo(other.name);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Site && ((Site) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
