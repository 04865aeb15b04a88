package io.github.recist.examples.report;

import static com.google.common.base.Preconditions.checkArgument;

import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/**
 * A picture of a fixed size that draws itself on any {@link Graphics2D}, and so renders to PNG
 * (through a {@link BufferedImage}) and to SVG (through VectorGraphics2D) from one drawing. Text is
 * drawn with {@code drawString}, so the SVG carries it as {@code <text>}.
 */
public final class Picture {
  private final String name;
  private final int width;
  private final int height;
  private final Consumer<Graphics2D> painter;

  private Picture(String name, int width, int height, Consumer<Graphics2D> painter) {
    this.name = name;
    this.width = width;
    this.height = height;
    this.painter = painter;
  }

  /**
   * A picture called {@code name} (the base of its file names) of {@code width} × {@code height}
   * pixels, drawn by {@code painter} on a white background.
   *
   * @throws IllegalArgumentException if the name is not a plain file name or a size is not positive
   */
  static Picture of(String name, int width, int height, Consumer<Graphics2D> painter) {
    checkArgument(name.matches("[a-z0-9-]+"), "picture name '%s' is not lower-case letters, digits and -",
        name);
    checkArgument(width > 0 && height > 0, "picture %s has size %sx%s", name, width, height);
    return new Picture(name, width, height, painter);
  }

  /** The name, such as {@code waterfall}: the files are {@code waterfall.png} and {@code waterfall.svg}. */
  public String name() {
    return name;
  }

  /** The width in pixels. */
  public int width() {
    return width;
  }

  /** The height in pixels. */
  public int height() {
    return height;
  }

  /** Draws the picture on {@code g}, from (0, 0). */
  public void paint(Graphics2D g) {
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    painter.accept(g);
  }

  /** The picture as PNG bytes. */
  public byte[] png() {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      paint(g);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The picture as an SVG document. */
  public String svg() {
    VectorGraphics2D g = new VectorGraphics2D();
    paint(g);
    Document doc = new SVGProcessor().getDocument(g.getCommands(),
        new PageSize(0.0, 0.0, width, height));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      doc.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // The font found on this machine, then the reader's own sans-serif where it is missing.
    return FONT_FAMILY.matcher(out.toString(StandardCharsets.UTF_8))
        .replaceAll("font-family:$1,sans-serif;");
  }

  private static final java.util.regex.Pattern FONT_FAMILY =
      java.util.regex.Pattern.compile("font-family:(&quot;[^;&]*&quot;);");

  /** Writes {@code name.png} and {@code name.svg} into {@code dir} and returns their paths. */
  public Path[] writeTo(Path dir) throws IOException {
    Path png = dir.resolve(name + ".png");
    Path svg = dir.resolve(name + ".svg");
    Files.write(png, png());
    Files.writeString(svg, svg(), StandardCharsets.UTF_8);
    return new Path[] {png, svg};
  }

  @Override
  public String toString() {
    return "Picture " + name + " (" + width + "x" + height + ")";
  }
}
