package io.github.recist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Site}: any case and spelling of spaces, the known organs and locations, and typos. */
class SiteTest {

  @Test
  void ofAcceptsAnyCaseAndSpacesHyphensOrUnderscoresBetweenWords() {
    assertSame(Site.LIVER, Site.of("Liver"));
    assertSame(Site.LIVER, Site.of("liver"));
    assertSame(Site.LYMPH_NODE, Site.of("lymph node"));
    assertSame(Site.LYMPH_NODE, Site.of("LYMPH NODE"));
    assertSame(Site.LYMPH_NODE, Site.of(" Lymph__Node "));
    assertSame(Site.SOFT_TISSUE, Site.of("soft-tissue"));
    assertEquals("ADRENAL_GLAND", Site.of("Adrenal gland").name());
    assertEquals("HEAD_AND_NECK", Site.of("HEAD AND NECK").name());
    assertEquals(Site.of("CERVIX_UTERI"), Site.of("cervix uteri"));
  }

  @Test
  void ofNamesWhatIsWrongWhenItRefuses() {
    assertEquals("'LUNG!' is not a site name: '!' at position 5 is not a letter A to Z, a digit, "
        + "a space, - or _ (an organ such as LUNG or SOFT_TISSUE)", refusal("LUNG!"));
    assertTrue(refusal("Poumon gauche é").contains("U+00E9 'é' at position 15"),
        refusal("Poumon gauche é"));
    assertEquals("'3LUNG' is not a site name: it starts with a digit (an organ such as LUNG)",
        refusal("3LUNG"));
    assertEquals("'  ' is not a site name: it is blank (an organ such as LUNG)", refusal("  "));
    assertEquals("'__' is not a site name: it has no letter (an organ such as LUNG)", refusal("__"));
    assertEquals("a site name is needed, not null (an organ such as LUNG)", refusal(null));
  }

  @Test
  void aRefusedNameLongerThan64CharactersIsShortenedInTheMessage() {
    String longName = "L".repeat(1000) + "!";
    String message = refusal(longName);
    assertFalse(message.contains("L".repeat(65)), message);
    assertTrue(message.contains("(1001 characters)"), message);
    assertTrue(message.contains("'!' at position 1001"), message);
  }

  @Test
  void theSitesOfTheCaseFormatAndOfSdtmLocationsAreKnown() {
    for (String name : new String[] {"LUNG", "LIVER", "BONE", "LYMPH_NODE", "SOFT_TISSUE", "PLEURA",
        "PERITONEUM", "BRAIN", "ADRENAL", "KIDNEY", "SKIN", "MUSCLE", "ADRENAL GLAND", "BLADDER",
        "BODY", "BREAST", "CHEST", "ABDOMINAL CAVITY", "COLON", "ESOPHAGUS", "HEAD AND NECK", "ANUS",
        "MEDIASTINUM", "AXILLA"}) {
      assertTrue(Site.of(name).isKnown(), name);
    }
    assertTrue(Site.known().contains(Site.LUNG));
    assertTrue(Site.known().size() > 50, "the organs and locations a radiologist reports");
    assertFalse(Site.of("LUGN").isKnown());
  }

  /**
   * A reader's parser holds a name as characters: {@link Site#of(char[], int, int)} gives what
   * {@link Site#of(String)} gives for the same text, the very constant for a known name, and the
   * same refusal, word for word, for a name that cannot be a site.
   */
  @Test
  void aNameGivenAsCharactersIsTheSameSiteAsGivenAsAString() {
    List<String> names = new ArrayList<>();
    for (Site known : Site.known()) {
      names.add(known.name());
      names.add(known.name().toLowerCase(Locale.ROOT));
    }
    names.addAll(List.of("LUGN", "Lymph node", " LIVER", "LIVER ", "LIVE", "LIVERS", "A", "Z9",
        "", " ", "9LIVER", "LIV!ER", "LIVÉR", "LYMPH_NODE_", "_LUNG"));
    for (String name : names) {
      char[] chars = ("<<" + name + ">>>").toCharArray();
      Object fromString;
      try {
        fromString = Site.of(name);
      } catch (IllegalArgumentException e) {
        fromString = e.getMessage();
      }
      Object fromChars;
      try {
        fromChars = Site.of(chars, 2, name.length());
      } catch (IllegalArgumentException e) {
        fromChars = e.getMessage();
      }
      assertEquals(fromString, fromChars, name);
      if (fromString instanceof Site && ((Site) fromString).isKnown()) {
        assertSame(fromString, fromChars, name);
      }
    }
    assertThrows(IndexOutOfBoundsException.class, () -> Site.of("LUNG".toCharArray(), 1, 4));
  }

  @Test
  void anUnknownSiteIsStillASiteOfItsOwn() {
    Site typo = Site.of("Lugn");
    assertEquals("LUGN", typo.name());
    assertEquals(Site.of("LUGN"), typo);
    assertFalse(typo.equals(Site.LUNG));
  }

  @Test
  void theClosestKnownSiteIsSuggestedForATypo() {
    assertEquals(Optional.of(Site.LUNG), Site.of("LUGN").closestKnown(), "two letters swapped");
    assertEquals(Optional.of(Site.LIVER), Site.of("LIVR").closestKnown(), "a letter left out");
    assertEquals(Optional.of(Site.LYMPH_NODE), Site.of("LYMPH_NODES").closestKnown(), "one added");
    assertEquals(Optional.of(Site.PERITONEUM), Site.of("PERITONEAM").closestKnown(), "one changed");
    assertEquals(Optional.empty(), Site.LUNG.closestKnown(), "a known site is no typo");
    assertEquals(Optional.empty(), Site.of("RIGHT_FEMUR_DISTAL").closestKnown(), "nothing near");
    assertEquals(Optional.empty(), Site.of("XY").closestKnown(), "too short to guess");
  }

  private static String refusal(String name) {
    return assertThrows(IllegalArgumentException.class, () -> Site.of(name)).getMessage();
  }
}
