package io.tankos.bootc.gitops;

import io.tankos.bootc.kubevirt.ObjectMeta;
import io.tankos.bootc.kubevirt.internal.KubeNames;
import io.tankos.bootc.kubevirt.internal.KubeYaml;
import io.tankos.bootc.kubevirt.internal.MetaCodec;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An Argo CD {@code ApplicationSet}: one Application per generated parameter set, from a template
 * rendered with Go templates ({@code goTemplate: true}) that fail on a missing key ({@code
 * missingkey=error}) instead of rendering {@code <no value>}.
 *
 * <pre>{@code
 * ApplicationSet set = ApplicationSet.builder()
 *     .metadata(ObjectMeta.builder().name("tank-os").namespace("argocd").build())
 *     .generator(new ListGenerator(List.of(Map.of("host", "alice"))))
 *     .template(Application.builder()
 *         .metadata(ObjectMeta.named("tank-os-{{.host}}"))
 *         .repoUrl("https://git.example.com/fleet.git")
 *         .path("deploy/overlays/{{.host}}")
 *         .destinationNamespace("tank-{{.host}}")
 *         .build())
 *     .build();
 * }</pre>
 */
public final class ApplicationSet {
  private static final Location AT = Location.of("ApplicationSet");

  private final ObjectMeta metadata;
  private final Generator generator;
  private final Application template;

  private ApplicationSet(Builder b) {
    this.metadata = b.metadata;
    this.generator = b.generator;
    this.template = b.template;
  }

  /**
   * An empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this ApplicationSet.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder().metadata(metadata).generator(generator).template(template);
  }

  /**
   * The metadata.
   *
   * @return the metadata
   */
  public ObjectMeta metadata() {
    return metadata;
  }

  /**
   * The generator.
   *
   * @return the generator
   */
  public Generator generator() {
    return generator;
  }

  /**
   * The Application template.
   *
   * @return the template
   */
  public Application template() {
    return template;
  }

  /**
   * The manifest as YAML, same bytes for the same value.
   *
   * @return the YAML text
   */
  public String toYaml() {
    return yamlText().toString();
  }

  /** {@link #toYaml}'s text as written, for a file that encodes it itself. */
  CharSequence yamlText() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("apiVersion", Application.API_VERSION);
    m.put("kind", "ApplicationSet");
    m.put("metadata", MetaCodec.write(metadata, AT.child("metadata")));
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("goTemplate", true);
    spec.put("goTemplateOptions", List.of("missingkey=error"));
    spec.put("generators", List.of(generatorTree()));
    Map<String, Object> tmpl = new LinkedHashMap<>();
    tmpl.put("metadata", MetaCodec.write(template.metadata(), AT.child("spec.template.metadata")));
    tmpl.put("spec", template.spec());
    spec.put("template", tmpl);
    m.put("spec", spec);
    return KubeYaml.toYamlText(m);
  }

  private Map<String, Object> generatorTree() {
    if (generator instanceof ListGenerator list) {
      return Map.of("list", Map.of("elements", list.elements()));
    }
    GitGenerator git = (GitGenerator) generator;
    Map<String, Object> g = new LinkedHashMap<>();
    g.put("repoURL", git.repoUrl());
    g.put("revision", git.revision());
    if (!git.directories().isEmpty()) {
      List<Object> dirs = new ArrayList<>();
      git.directories().forEach(d -> dirs.add(Map.of("path", d)));
      g.put("directories", dirs);
    }
    if (!git.files().isEmpty()) {
      List<Object> files = new ArrayList<>();
      git.files().forEach(f -> files.add(Map.of("path", f)));
      g.put("files", files);
    }
    return Map.of("git", g);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApplicationSet s && toYaml().equals(s.toYaml());
  }

  @Override
  public int hashCode() {
    return toYaml().hashCode();
  }

  @Override
  public String toString() {
    return "ApplicationSet{name="
        + metadata.name()
        + ", generator="
        + generator.getClass().getSimpleName()
        + ", template="
        + template
        + "}";
  }

  /** Builds {@link ApplicationSet}. */
  public static final class Builder {
    private ObjectMeta metadata = ObjectMeta.builder().build();
    private Generator generator;
    private Application template;

    private Builder() {}

    /**
     * Sets the metadata (name, Argo CD namespace).
     *
     * @param metadata the metadata
     * @return this builder
     */
    public Builder metadata(ObjectMeta metadata) {
      this.metadata = Objects.requireNonNull(metadata, "metadata");
      return this;
    }

    /**
     * Sets the generator.
     *
     * @param generator the generator
     * @return this builder
     */
    public Builder generator(Generator generator) {
      this.generator = generator;
      return this;
    }

    /**
     * Sets the Application template; its strings may use the generator's parameters.
     *
     * @param template the template
     * @return this builder
     */
    public Builder template(Application template) {
      this.template = template;
      return this;
    }

    /**
     * Builds and checks: name is a DNS-1123 label, generator and template are set, and every list
     * element names the same keys.
     *
     * @return the ApplicationSet
     * @throws io.tankos.core.validation.ValidationException naming each problem's location
     */
    public ApplicationSet build() {
      Problems problems = new Problems();
      KubeNames.checkLabel(problems, AT.child("metadata").child("name"), metadata.name());
      Location generators = AT.child("spec").child("generators").index(0);
      if (generator == null) {
        problems.add(generators, "is required");
      } else if (generator instanceof ListGenerator list && !list.elements().isEmpty()) {
        var keys = list.elements().get(0).keySet();
        String[] first = keys.toArray(new String[0]);
        for (int i = 1; i < list.elements().size(); i++) {
          if (!hasKeys(list.elements().get(i), first)) {
            problems.add(
                generators.child("list").child("elements").index(i),
                "has keys "
                    + list.elements().get(i).keySet()
                    + " but element [0] has "
                    + keys
                    + "; with missingkey=error every element needs the same keys");
          }
        }
      }
      if (template == null) {
        problems.add(AT.child("spec").child("template"), "is required");
      }
      problems.throwIfAny();
      return new ApplicationSet(this);
    }

    /**
     * Whether an element's keys are these distinct keys, as the key sets' {@code equals} says (as
     * many keys, all of them in the element), without a set view or an iterator an element.
     */
    private static boolean hasKeys(Map<String, String> element, String[] keys) {
      if (element.size() != keys.length) {
        return false;
      }
      for (String k : keys) {
        if (!element.containsKey(k)) {
          return false;
        }
      }
      return true;
    }
  }
}
