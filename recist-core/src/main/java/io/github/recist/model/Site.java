package io.github.recist.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The organ or anatomical location a lesion lies in, named in upper case with {@code _} for spaces
 * ({@code LUNG}, {@code SOFT_TISSUE}, {@code ADRENAL_GLAND}).
 *
 * <p>Rule R2 counts targets per organ; all lymph nodes together are one organ, {@link #LYMPH_NODE}.
 * Common organs are constants; any other is made with {@link #of(String)}, which accepts any case
 * and spaces ({@code "Adrenal gland"} is {@code ADRENAL_GLAND}).
 *
 * <p>The sites a radiologist reports are {@linkplain #known() known}: the organs and locations of
 * the CDISC SDTM anatomical-location vocabulary ({@code LOC}) that solid tumours and their
 * metastases are found in, written upper case with {@code _} ({@code LYMPH NODE} is {@code
 * LYMPH_NODE}), and a few names in common use ({@code ADRENAL}, {@code SOFT_TISSUE}). Any other name
 * is still a site, of an organ of its own for Rule R2: the engine warns about it, with the {@linkplain
 * #closestKnown() closest known site} as a suggestion, so that a typo such as {@code LUGN} is not
 * silently counted as a new organ.
 */
public final class Site implements Comparable<Site> {
  /** A name as {@link #of(String)} keeps it: a letter, then letters, digits and single {@code _}. */
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

  /** The organ LUNG. */
  public static final Site LUNG = new Site("LUNG");
  /** The organ LIVER. */
  public static final Site LIVER = new Site("LIVER");
  /** The organ BONE. */
  public static final Site BONE = new Site("BONE");
  /** The organ LYMPH_NODE: every lymph node, for Rule R2. */
  public static final Site LYMPH_NODE = new Site("LYMPH_NODE");
  /** The organ SOFT_TISSUE. */
  public static final Site SOFT_TISSUE = new Site("SOFT_TISSUE");
  /** The organ PLEURA. */
  public static final Site PLEURA = new Site("PLEURA");
  /** The organ PERITONEUM. */
  public static final Site PERITONEUM = new Site("PERITONEUM");
  /** The organ BRAIN. */
  public static final Site BRAIN = new Site("BRAIN");
  /** The organ ADRENAL (CDISC {@code ADRENAL GLAND} is {@code ADRENAL_GLAND}, also known). */
  public static final Site ADRENAL = new Site("ADRENAL");
  /** The organ KIDNEY. */
  public static final Site KIDNEY = new Site("KIDNEY");
  /** The organ SKIN. */
  public static final Site SKIN = new Site("SKIN");
  /** The organ MUSCLE. */
  public static final Site MUSCLE = new Site("MUSCLE");
  /**
   * A lesion whose location was not recorded, as SDTM allows (an empty {@code TULOC}, most often
   * on a new lesion). A known site, so it draws no unknown-site warning; for Rule R2 it is one
   * organ of its own, like any other site.
   */
  public static final Site UNSPECIFIED = new Site("UNSPECIFIED");

  /**
   * The known sites beyond the constants: organs and locations of the CDISC SDTM {@code LOC}
   * codelist where solid tumours and metastases are reported (among them every {@code TULOC} of the
   * pharmaverse oncology examples), and the nodal regions a node is reported in.
   */
  private static final String[] MORE_KNOWN = {
    "ABDOMEN", "ABDOMINAL_CAVITY", "ABDOMINAL_WALL", "ADRENAL_GLAND", "ANUS", "APPENDIX", "AXILLA",
    "BILE_DUCT", "BLADDER", "BODY", "BONE_MARROW", "BREAST", "BRONCHUS", "CERVIX_UTERI", "CHEST",
    "CHEST_WALL", "COLON", "DIAPHRAGM", "DUODENUM", "ESOPHAGUS", "EYE", "FALLOPIAN_TUBE",
    "GALLBLADDER", "GROIN", "HEAD", "HEAD_AND_NECK", "HEART", "HILUM", "ILEUM", "INGUINAL_REGION",
    "JEJUNUM", "LARGE_INTESTINE", "LARYNX", "LIP", "LOWER_LIMB", "MEDIASTINUM", "MENINGES",
    "MESENTERY", "NASAL_CAVITY", "NASOPHARYNX", "NECK", "OMENTUM", "ORAL_CAVITY", "OROPHARYNX",
    "OVARY", "PANCREAS", "PARANASAL_SINUS", "PAROTID_GLAND", "PELVIS", "PENIS", "PERICARDIUM",
    "PHARYNX", "PITUITARY_GLAND", "PROSTATE", "PROSTATE_GLAND", "RECTUM", "RETROPERITONEUM",
    "SALIVARY_GLAND", "SMALL_INTESTINE", "SPINAL_CORD", "SPINE", "SPLEEN", "STOMACH",
    "SUBCUTANEOUS_TISSUE", "TESTIS", "THORAX", "THYMUS", "THYROID_GLAND", "TONGUE", "TONSIL",
    "TRACHEA", "UPPER_LIMB", "URETER", "URETHRA", "URINARY_BLADDER", "UTERUS", "VAGINA", "VULVA"
  };

  private static final ImmutableSortedMap<String, Site> KNOWN = known(LUNG, LIVER, BONE,
      LYMPH_NODE, SOFT_TISSUE, PLEURA, PERITONEUM, BRAIN, ADRENAL, KIDNEY, SKIN, MUSCLE,
      UNSPECIFIED);

  /**
   * The {@link #KNOWN} sites by name, hashed: {@link #of(String)} finds a name as the case format
   * writes it with one hash and one comparison, not a binary search of the sorted names (issue 14).
   */
  private static final ImmutableMap<String, Site> BY_NAME = ImmutableMap.copyOf(KNOWN);

  /**
   * The {@link #KNOWN} sites in an open-addressed table by the hash of their names ({@link
   * String#hashCode()}), for {@link #of(char[], int, int)}: a power of two at least twice their
   * number, so that a probe ends at an empty slot.
   */
  private static final Site[] BY_HASH = new Site[256];
  /** The name of each site of {@link #BY_HASH}, as characters, in the same slot. */
  private static final char[][] NAMES_BY_HASH = new char[BY_HASH.length][];

  static {
    for (Site s : KNOWN.values()) {
      int i = s.name.hashCode() & (BY_HASH.length - 1);
      while (BY_HASH[i] != null) {
        i = (i + 1) & (BY_HASH.length - 1);
      }
      BY_HASH[i] = s;
      NAMES_BY_HASH[i] = s.name.toCharArray();
    }
  }

  private final String name;
  /**
   * Whether this is one of the {@link #KNOWN} sites, decided once when the site is made: {@link
   * #of(String)} makes a new site only for a name that is not known (issue 14: a flag read, not a
   * search of the known names per lesion).
   */
  private final boolean known;

  private Site(String name) {
    this(name, true);
  }

  private Site(String name, boolean known) {
    assert NAME.matcher(name).matches() : name;
    this.name = name;
    this.known = known;
  }

  private static ImmutableSortedMap<String, Site> known(Site... constants) {
    ImmutableSortedMap.Builder<String, Site> known = ImmutableSortedMap.naturalOrder();
    for (Site s : constants) {
      known.put(s.name, s);
    }
    for (String name : MORE_KNOWN) {
      known.put(name, new Site(name));
    }
    return known.build();
  }

  /**
   * Returns the site of that name, in any case, with spaces, hyphens or {@code _} between words:
   * {@code "Liver"}, {@code "lymph node"} and {@code "LYMPH_NODE"} are {@link #LIVER} and {@link
   * #LYMPH_NODE}. A name that is not {@linkplain #known() known} is still a site (an organ of its
   * own for Rule R2), which the engine warns about.
   *
   * @throws IllegalArgumentException naming what is wrong, if the name is null or blank, does not
   *     start with a letter, or holds a character other than the letters A to Z, digits, spaces,
   *     hyphens and {@code _}
   */
  public static Site of(String name) {
    if (name != null) {
      Site known = BY_NAME.get(name);
      if (known != null) {
        return known; // the common case: a name as the case format writes it
      }
    }
    String normal = normalise(name);
    Site known = BY_NAME.get(normal);
    return known != null ? known : new Site(normal, false);
  }

  /**
   * Returns the site named by {@code length} characters of {@code chars} from {@code offset}: the
   * same as {@link #of(String) of(new String(chars, offset, length))}, but a known name written as
   * the case format writes it ({@code LIVER}) is found on the characters, with no string made (a
   * reader's parser holds a name as characters; issue 14).
   *
   * @throws IllegalArgumentException as {@link #of(String)}
   * @throws IndexOutOfBoundsException if the range is not within {@code chars}
   */
  public static Site of(char[] chars, int offset, int length) {
    java.util.Objects.checkFromIndexSize(offset, length, chars.length);
    int hash = 0;
    for (int i = 0; i < length; i++) {
      hash = 31 * hash + chars[offset + i];
    }
    Site[] table = BY_HASH;
    for (int i = hash & (table.length - 1); table[i] != null; i = (i + 1) & (table.length - 1)) {
      char[] name = NAMES_BY_HASH[i];
      if (Arrays.equals(chars, offset, offset + length, name, 0, name.length)) {
        return table[i];
      }
    }
    return of(new String(chars, offset, length));
  }

  /** The name upper case, words joined by single {@code _}; or why it cannot be a site name. */
  private static String normalise(String name) {
    checkArgument(name != null, "a site name is needed, not null (an organ such as LUNG)");
    String trimmed = name.strip();
    checkArgument(!trimmed.isEmpty(), "%s is not a site name: it is blank (an organ such as LUNG)",
        quoted(name));
    StringBuilder s = new StringBuilder(trimmed.length());
    for (int i = 0; i < trimmed.length(); ) {
      int c = trimmed.codePointAt(i);
      if (c == ' ' || c == '_' || c == '-' || c == '\t') {
        if (s.length() > 0 && s.charAt(s.length() - 1) != '_') {
          s.append('_');
        }
      } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        checkArgument(s.length() > 0 || !Character.isDigit(c),
            "%s is not a site name: it starts with a digit (an organ such as LUNG)", quoted(name));
        s.append((char) Character.toUpperCase(c));
      } else {
        int lead = name.length() - name.stripLeading().length();
        throw new IllegalArgumentException(quoted(name) + " is not a site name: "
            + describe(c) + " at position " + (name.codePointCount(0, lead + i) + 1)
            + " is not a letter A to Z, a digit, a space, - or _ (an organ such as LUNG or "
            + "SOFT_TISSUE)");
      }
      i += Character.charCount(c);
    }
    checkArgument(s.length() > 0, "%s is not a site name: it has no letter (an organ such as LUNG)",
        quoted(name));
    if (s.charAt(s.length() - 1) == '_') {
      s.setLength(s.length() - 1);
    }
    return s.toString();
  }

  /** The name in quotes for a message, shortened when long. */
  private static String quoted(String name) {
    return "'" + Problem.shown(name) + "'";
  }

  /** A character for a message: {@code '-'}, or {@code U+00E9 'é'} for one that is not ASCII. */
  private static String describe(int c) {
    if (c >= 0x20 && c < 0x7f) {
      return "'" + (char) c + "'";
    }
    String hex = String.format("U+%04X", c);
    return Character.isISOControl(c) || Character.isWhitespace(c) ? hex
        : hex + " '" + new String(Character.toChars(c)) + "'";
  }

  /** The known sites, in alphabetical order: see {@link Site}. */
  public static ImmutableSortedSet<Site> known() {
    return ImmutableSortedSet.copyOf(KNOWN.values());
  }

  /** Whether this site is one of the {@linkplain #known() known} organs and locations. */
  public boolean isKnown() {
    return known;
  }

  /**
   * The known site this name is most likely a typo of: the nearest by edit distance (letters left
   * out, added, changed or swapped), when it is at most 2 edits away and less than a third of the
   * name; empty for a known site or when no known site is that near.
   */
  public Optional<Site> closestKnown() {
    if (isKnown()) {
      return Optional.empty();
    }
    Site best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Site candidate : KNOWN.values()) {
      int d = editDistance(name, candidate.name, bestDistance);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    int allowed = Math.min(2, (name.length() - 1) / 3);
    return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /**
   * The optimal-string-alignment distance of {@code a} and {@code b} (insertions, deletions,
   * substitutions, and swaps of two neighbours), or a number of at least {@code limit} once it is
   * known to reach it.
   */
  private static int editDistance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) >= limit) {
      return limit;
    }
    int[] before = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, before[j - 2] + 1);
        }
        current[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      if (rowMin >= limit) {
        return limit;
      }
      int[] t = before;
      before = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
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
    return this == o || (o instanceof Site && ((Site) o).name.equals(name));
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
