package io.tankos.bootc.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.tankos.core.text.Shown;
import io.tankos.core.validation.ParseException;
import java.io.IOException;

/**
 * Refuses YAML anchors and aliases where tankos reads YAML through Jackson: Jackson reads an alias
 * {@code *name} as the string {@code "name"} where every other YAML reader (PyYAML, go-yaml, so
 * Kubernetes) expands it, so such text would be read as something else than was meant, and
 * expanding them is how a small document becomes a huge one.
 */
public final class YamlAnchors {
  private YamlAnchors() {}

  /**
   * Throws when the parser's current token is an alias or carries an anchor.
   *
   * @param source the source's name for messages
   * @param parser the parser, on a token
   * @param line the token's line
   * @param where what is read, e.g. {@code "a spec"}
   * @throws ParseException for an alias or an anchor
   * @throws IOException when the parser cannot give the token's text
   */
  public static void refuse(String source, JsonParser parser, int line, String where) throws IOException {
    if (!(parser instanceof YAMLParser y)) {
      return;
    }
    if (y.isCurrentAlias()) {
      throw new ParseException(source, line, "aliases (*" + Shown.value(y.getText(), 40) + ") are not allowed in "
          + where + ": write the value out");
    }
    if (y.getObjectId() != null) {
      throw new ParseException(source, line, "anchors (&" + Shown.value(String.valueOf(y.getObjectId()), 40)
          + ") are not allowed in " + where);
    }
  }
}
