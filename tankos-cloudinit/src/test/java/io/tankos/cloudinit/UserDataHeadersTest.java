package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The headers of user-data, read by {@link io.tankos.cloudinit.internal.LoweredText} without
 * lower-casing the text, against the readings they replaced, which lower-cased the first line (or
 * a prefix) with {@code toLowerCase(Locale.ROOT)}, as cloud-init's Python does: {@link
 * CloudInitSchema#typeOf}, {@link PartType#detect}, the MIME test and {@link CloudConfig#parse}'s
 * header, on generated starts of documents.
 */
class UserDataHeadersTest {
  private static final long SEED = 0x7e9e0fL;
  private static final int TEXTS = 200_000;

  /** The headers and types, as the schema check's table has them. */
  private static final List<String[]> TYPES = CloudInitSchema.TYPES;

  /** Headers the generator also writes: PartType's, and MIME's first lines. */
  private static final List<String> MORE = List.of("content-type:", "mime-version:",
      "## template: jinja", "#cloud-config");

  /** Characters whose lower case is special: Kelvin sign, dotted and dotless I, sigma, long s. */
  private static final String[] ODD = {
      "\u212a", "\u0130", "\u0131", "\u03a3", "\u017f", "\u00df", "\uff43", "\ud801\udc00", "\ud800",
      "\u2000", "\u3000", "\u00a0", "\u0085", "\t", "\n", "\r", " ", "\u000b", "\u001c", "I", "K",
      "S", "x", "-", ":", "#", "/"};

  @Test
  void readsTheHeadersAsTheLowerCasedFirstLine() {
    SplittableRandom r = new SplittableRandom(SEED);
    int typed = 0;
    int cloudConfigs = 0;
    for (int i = 0; i < TEXTS; i++) {
      String text = text(r);
      String expected = oracle(text);
      assertThat(CloudInitSchema.typeOf(text)).as("case %d: %s", i, text).isEqualTo(expected);
      assertThat(PartType.detect(text)).as("case %d: %s", i, text).isEqualTo(detectOracle(text));
      String first = text.lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
      assertThat(io.tankos.cloudinit.internal.Mime.looksLikeMime(text)).as("case %d: %s", i, text)
          .isEqualTo(first.startsWith("content-type:") || first.startsWith("mime-version:"));
      boolean header = first.stripTrailing().equals(CloudConfig.HEADER);
      cloudConfigs += header ? 1 : 0;
      if (i % 8 == 0) {
        boolean parsed;
        try {
          CloudConfig.parse("t", text + "\na: b\n");
          parsed = true;
        } catch (io.tankos.core.validation.ParseException e) {
          parsed = !e.getMessage().contains("not a cloud-config document");
        }
        assertThat(parsed).as("case %d: %s", i, text).isEqualTo(header);
      }
      typed += expected == null ? 0 : 1;
    }
    assertThat(typed).isGreaterThan(TEXTS / 4);
    assertThat(cloudConfigs).isGreaterThan(TEXTS / 100);
  }

  @Test
  void aDotlessIIsNotAnI() {
    // equalsIgnoreCase took these for the header; lower-casing, as cloud-init does, does not
    for (String first : new String[] {"#cloud-conf\u0131g", "#cloud-conf\u0130g"}) {
      assertThat(PartType.detect(first + "\na: b\n")).isEmpty();
      assertThatThrownBy(() -> CloudConfig.parse("t", first + "\na: b\n"))
          .hasMessageContaining("not a cloud-config document");
    }
    assertThat(CloudConfig.parse("t", "#CLOUD-CONFIG \u2003\na: b\n").values()).containsKey("a");
  }

  private static String text(SplittableRandom r) {
    StringBuilder out = new StringBuilder();
    int lead = r.nextInt(4) == 0 ? r.nextInt(3) : 0;
    for (int i = 0; i < lead; i++) {
      out.append(ODD[9 + r.nextInt(10)]);
    }
    String header = r.nextInt(4) == 0 ? MORE.get(r.nextInt(MORE.size()))
        : TYPES.get(r.nextInt(TYPES.size()))[0];
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      int roll = r.nextInt(40);
      if (roll == 0) {
        out.append(ODD[r.nextInt(ODD.length)]); // a substitute
      } else if (roll == 1 && c == 'k') {
        out.append('\u212a');
      } else if (roll == 2 && c == 'i') {
        out.append('\u0130');
      } else if (roll < 12) {
        out.append(Character.toUpperCase(c));
      } else if (roll == 12) {
        break; // a header cut short
      } else {
        out.append(c);
      }
    }
    int tail = r.nextInt(4);
    for (int i = 0; i < tail; i++) {
      out.append(ODD[r.nextInt(ODD.length)]);
    }
    return out.toString();
  }

  /** PartType's reading before: the first line, lower-cased whole. */
  private static java.util.Optional<PartType> detectOracle(String text) {
    String first = text.lines().findFirst().orElse("");
    String lower = first.toLowerCase(Locale.ROOT);
    PartType type = lower.startsWith("## template: jinja") ? PartType.JINJA2
        : lower.startsWith("#cloud-config-archive") ? PartType.CLOUD_CONFIG_ARCHIVE
        : lower.stripTrailing().equals("#cloud-config") ? PartType.CLOUD_CONFIG
        : first.startsWith("#!") ? PartType.SHELL_SCRIPT
        : lower.startsWith("#cloud-boothook") ? PartType.BOOTHOOK
        : lower.startsWith("#include-once") ? PartType.INCLUDE_ONCE_URL
        : lower.startsWith("#include") ? PartType.INCLUDE_URL
        : lower.startsWith("#part-handler") ? PartType.PART_HANDLER : null;
    return java.util.Optional.ofNullable(type);
  }

  /** The schema's reading before: a 64-character prefix after the white space, lower-cased. */
  private static String oracle(String text) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    String lc = text.substring(start, Math.min(text.length(), start + 64)).toLowerCase(Locale.ROOT);
    for (String[] t : TYPES) {
      if (lc.startsWith(t[0])) {
        return t[1];
      }
    }
    return null;
  }
}
