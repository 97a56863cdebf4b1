package io.tankos.bootc.image.internal;

import io.tankos.bootc.image.AccountsForm;
import io.tankos.bootc.image.AgentUser;
import io.tankos.bootc.image.BaseImage;
import io.tankos.bootc.image.BuildArg;
import io.tankos.bootc.image.ImageFile;
import io.tankos.bootc.image.PackageManager;
import io.tankos.bootc.image.Provisioning;
import io.tankos.bootc.image.Release;
import io.tankos.bootc.image.SubIdRange;
import io.tankos.bootc.image.SudoPolicy;
import io.tankos.bootc.image.TankOsImage;
import io.tankos.core.validation.Problem;
import io.tankos.core.validation.ValidationException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a {@link TankOsImage} from a parsed spec (the format of {@code docs/spec-format.md}):
 * {@code preset: tank-os} starts from {@link TankOsImage#tankOs()}, {@code preset: none} from
 * {@link TankOsImage#builder()}; a list or map given replaces the preset's (labels are merged), an
 * object given overrides only the fields it names. Every problem is collected with its line.
 */
public final class SpecReader {
  private static final Pattern OCTAL_MODE = Pattern.compile("0?[0-7]{3,4}");

  /** The spec's top-level keys, in the order the writer uses. */
  static final List<String> KEYS = List.of("preset", "base", "labels", "release", "buildArgs", "packages", "files",
      "enabledSystemUnits", "maskedSystemUnits", "systemUnits", "userUnits", "enableCloudInitUnits", "lint", "user",
      "instances", "provisioning");
  static final List<String> PRESETS = List.of("tank-os", "none");

  private static final List<String> BASE_KEYS = List.of("reference", "packageManager", "accounts");
  private static final List<String> RELEASE_KEYS = List.of("name", "version", "summary");
  private static final List<String> BUILD_ARG_KEYS = List.of("name", "defaultValue");
  private static final List<String> FILE_KEYS = List.of("path", "text", "mode");
  private static final List<String> USER_KEYS = List.of("name", "uid", "gid", "gecos", "home", "shell", "groups",
      "subIds", "linger", "sudo");
  private static final List<String> SUB_ID_KEYS = List.of("start", "count");
  private static final List<String> PROVISIONING_KEYS = List.of("sshAuthorizedKeys", "hostname", "instanceId");

  private static final Pattern LABEL_AT = Pattern.compile("TankOsImage\\.labels\\[(\\d+)]");

  private SpecReader() {}

  /**
   * Reads the image a spec describes.
   *
   * @param source the name for messages
   * @param root the parsed spec
   * @return the image
   * @throws ValidationException every problem, located {@code SOURCE:LINE}
   */
  public static TankOsImage read(String source, SpecNode root) {
    SpecProblems problems = new SpecProblems(source);
    Optional<SpecObject> document = SpecObject.of(root, "", problems, KEYS);
    if (document.isEmpty()) {
      problems.throwIfAny(); // the root is not a mapping: that problem was recorded
    }
    SpecObject spec = document.orElseThrow();
    TankOsImage preset = preset(spec);
    TankOsImage.Builder b = TankOsImage.builder();
    b.base(override(spec, "base", BASE_KEYS, preset != null ? preset.base() : BaseImage.fedoraBootc(),
        SpecReader::base));
    if (preset != null) {
      preset.labels().forEach(b::label);
    }
    spec.stringMap("labels").ifPresent(m -> m.forEach(b::label));
    b.release(override(spec, "release", RELEASE_KEYS, preset != null ? preset.release() : Release.tankOs(),
        SpecReader::release));
    list(spec, "buildArgs", SpecReader::buildArg, () -> preset.buildArgs(), preset).forEach(b::buildArg);
    b.packages(spec.strings("packages").orElseGet(() -> preset != null ? preset.packages() : List.of())
        .toArray(String[]::new));
    list(spec, "files", SpecReader::file, () -> preset.files(), preset).forEach(b::file);
    spec.stringMap("enabledSystemUnits").orElseGet(() -> preset != null ? preset.enabledSystemUnits()
        : java.util.Map.of()).forEach(b::enableSystemUnit);
    spec.strings("maskedSystemUnits").orElseGet(() -> preset != null ? preset.maskedSystemUnits() : List.of())
        .forEach(b::maskSystemUnit);
    list(spec, "systemUnits", SpecUnits::unit, () -> preset.systemUnits(), preset).forEach(b::systemUnit);
    list(spec, "userUnits", SpecUnits::unit, () -> preset.userUnits(), preset).forEach(b::userUnit);
    spec.bool("enableCloudInitUnits").or(() -> Optional.ofNullable(preset).map(TankOsImage::enableCloudInitUnits))
        .ifPresent(b::enableCloudInitUnits);
    spec.bool("lint").or(() -> Optional.ofNullable(preset).map(TankOsImage::lint)).ifPresent(b::lint);
    b.user(override(spec, "user", USER_KEYS, preset != null ? preset.user() : AgentUser.builder("openclaw").build(),
        SpecReader::user));
    SpecInstances.read(spec, preset != null ? preset.instances() : List.of()).forEach(b::instance);
    b.provisioning(override(spec, "provisioning", PROVISIONING_KEYS,
        preset != null ? preset.provisioning() : Provisioning.tankOs(), SpecReader::provisioning));
    problems.throwIfAny();
    try {
      return b.build();
    } catch (ValidationException e) {
      List<String> labels = labelNames(spec, preset);
      for (Problem p : e.problems()) {
        Matcher m = LABEL_AT.matcher(p.location().path());
        Optional<SpecNode.Entry> entry = m.matches() && Integer.parseInt(m.group(1)) < labels.size()
            ? spec.get("labels").filter(SpecNode.Mapping.class::isInstance).map(SpecNode.Mapping.class::cast)
                .flatMap(l -> l.entry(labels.get(Integer.parseInt(m.group(1)))))
            : Optional.empty();
        if (entry.isPresent()) {
          problems.add(entry.get().line(), "labels", p.message());
        } else {
          problems.model(p, "TankOsImage", root, "");
        }
      }
      problems.throwIfAny();
      throw e;
    }
  }

  /**
   * The image's label names in the model's order: the builder's {@code containers.bootc}, the
   * preset's, then the spec's (the model's label locations count them all).
   */
  private static List<String> labelNames(SpecObject spec, TankOsImage preset) {
    java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>(List.of("containers.bootc"));
    if (preset != null) {
      names.addAll(preset.labels().keySet());
    }
    spec.stringMap("labels").ifPresent(m -> names.addAll(m.keySet()));
    return List.copyOf(names);
  }

  private static TankOsImage preset(SpecObject spec) {
    if (!spec.has("preset")) {
      spec.missing("preset", "tank-os to start from the default Tank-OS image, none to describe everything");
      return null;
    }
    return spec.word("preset", PRESETS).filter("tank-os"::equals).map(p -> TankOsImage.tankOs()).orElse(null);
  }

  /** The value of an object key read over its default, or the default when the key is absent or wrong. */
  private static <T> T override(SpecObject spec, String key, List<String> keys, T d,
      java.util.function.BiFunction<SpecObject, T, T> read) {
    return spec.object(key, keys).map(o -> read.apply(o, d)).orElse(d);
  }

  /** The items of a list key read one by one, or the preset's list when the key is absent. */
  static <T> List<T> list(SpecObject spec, String key, ItemReader<T> item, Supplier<List<T>> fromPreset,
      Object preset) {
    if (!spec.has(key)) {
      return preset != null ? fromPreset.get() : List.of();
    }
    List<SpecNode> nodes = spec.items(key).orElse(List.of());
    java.util.ArrayList<T> out = new java.util.ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      item.read(nodes.get(i), spec.path(key) + "[" + i + "]", spec.problems()).ifPresent(out::add);
    }
    return out;
  }

  /** Reads one list item; records problems and returns empty when it is wrong. */
  interface ItemReader<T> {
    Optional<T> read(SpecNode node, String path, SpecProblems problems);
  }

  /** Runs a model build on a spec node, mapping its problems back to the node's lines. */
  static <T> Optional<T> build(SpecObject o, String root, Supplier<T> build) {
    if (o.failed()) {
      return Optional.empty(); // the model would see partial values, its indexes shifted
    }
    return build(o.node(), o.path(), o.problems(), root, build);
  }

  static <T> Optional<T> build(SpecNode node, String path, SpecProblems problems, String root, Supplier<T> build) {
    try {
      return Optional.of(build.get());
    } catch (ValidationException e) {
      problems.model(e, root, node, path);
      return Optional.empty();
    }
  }

  private static BaseImage base(SpecObject base, BaseImage d) {
    BaseImage.Builder b = d.toBuilder();
    base.string("reference").ifPresent(b::reference);
    base.word("packageManager", List.of("dnf", "apt", "none"))
        .ifPresent(w -> b.packageManager(PackageManager.valueOf(w.toUpperCase(Locale.ROOT))));
    base.word("accounts", List.of("sysusers", "useradd"))
        .ifPresent(w -> b.accounts(AccountsForm.valueOf(w.toUpperCase(Locale.ROOT))));
    return build(base, "BaseImage", b::build).orElse(d);
  }

  private static Release release(SpecObject r, Release d) {
    Release.Builder b = d.toBuilder();
    r.string("name").ifPresent(b::name);
    r.string("version").ifPresent(b::version);
    r.string("summary").ifPresent(b::summary);
    return build(r, "Release", b::build).orElse(d);
  }

  private static Optional<BuildArg> buildArg(SpecNode node, String path, SpecProblems problems) {
    return SpecObject.of(node, path, problems, BUILD_ARG_KEYS).flatMap(a -> {
      Optional<String> name = a.requiredString("name");
      String value = a.string("defaultValue").orElse("");
      return name.flatMap(n -> build(a, "BuildArg", () -> new BuildArg(n, value)));
    });
  }

  private static Optional<ImageFile> file(SpecNode node, String path, SpecProblems problems) {
    return SpecObject.of(node, path, problems, FILE_KEYS).flatMap(f -> {
      Optional<String> p = f.requiredString("path");
      Optional<String> text = f.requiredString("text");
      Optional<Integer> mode = mode(f);
      if (p.isEmpty() || text.isEmpty() || mode.isEmpty()) {
        return Optional.empty();
      }
      return build(f, "ImageFile", () -> ImageFile.of(p.get(), text.get(), mode.get()));
    });
  }

  /** An octal mode as written ({@code 0644} or {@code "0644"}), default 0644. */
  private static Optional<Integer> mode(SpecObject f) {
    Optional<SpecNode> n = f.get("mode");
    if (n.isEmpty()) {
      return Optional.of(0644);
    }
    if (n.get() instanceof SpecNode.Scalar s && (s.kind() == SpecNode.Kind.STRING || s.kind() == SpecNode.Kind.INTEGER)
        && OCTAL_MODE.matcher(s.text()).matches()) {
      return Optional.of(Integer.parseInt(s.text(), 8));
    }
    f.problems().add(f.line("mode"), f.path("mode"), "expected an octal mode such as \"0644\", found "
        + n.get().describe());
    return Optional.empty();
  }

  private static AgentUser user(SpecObject u, AgentUser d) {
    AgentUser.Builder b = AgentUser.builder(u.string("name").orElse(d.name())).uid(d.uid()).gid(d.gid())
        .gecos(d.gecos()).shell(d.shell()).groups(d.groups().toArray(String[]::new)).subIds(d.subIds())
        .linger(d.linger()).sudo(d.sudo());
    if (!d.home().equals("/var/home/" + d.name())) {
      b.home(d.home()); // a home of its own stays; a derived one follows the name
    }
    u.integer("uid").ifPresent(b::uid);
    u.integer("gid").ifPresent(b::gid);
    u.string("gecos").ifPresent(b::gecos);
    u.string("home").ifPresent(b::home);
    u.string("shell").ifPresent(b::shell);
    u.strings("groups").ifPresent(g -> b.groups(g.toArray(String[]::new)));
    u.bool("linger").ifPresent(b::linger);
    u.object("subIds", SUB_ID_KEYS).flatMap(r -> subIds(r, d.subIds())).ifPresent(b::subIds);
    u.get("sudo").flatMap(n -> sudo(u, n)).ifPresent(b::sudo);
    return build(u, "AgentUser", b::build).orElse(d);
  }

  private static Optional<SubIdRange> subIds(SpecObject r, SubIdRange d) {
    long start = r.integer("start").orElse(d.start());
    long count = r.integer("count").orElse(d.count());
    return build(r, "SubIdRange", () -> new SubIdRange(start, count));
  }

  /** {@code none}, {@code passwordless}, or a list of sudoers rules. */
  private static Optional<SudoPolicy> sudo(SpecObject user, SpecNode node) {
    String at = user.path("sudo");
    if (node instanceof SpecNode.Scalar s && s.kind() == SpecNode.Kind.STRING) {
      switch (s.text()) {
        case "none":
          return Optional.of(SudoPolicy.none());
        case "passwordless":
          return Optional.of(SudoPolicy.passwordless());
        default:
          break;
      }
    }
    if (node instanceof SpecNode.Sequence) {
      return user.strings("sudo").flatMap(rules -> build(node, at, user.problems(), "SudoPolicy.rules",
          () -> SudoPolicy.rules(rules.toArray(String[]::new))));
    }
    user.problems().add(node.line(), at, "expected none, passwordless or a list of sudoers rules, found "
        + node.describe());
    return Optional.empty();
  }

  private static Provisioning provisioning(SpecObject p, Provisioning d) {
    Provisioning.Builder b = Provisioning.builder().hostname(p.string("hostname").orElse(d.hostname()));
    p.strings("sshAuthorizedKeys").orElse(p.has("sshAuthorizedKeys") ? List.of() : d.sshAuthorizedKeys())
        .forEach(b::sshAuthorizedKey);
    Optional<String> id = p.string("instanceId");
    if (id.isPresent()) {
      b.instanceId(id.get());
    } else if (!d.instanceId().equals(d.hostname() + "-local")) {
      b.instanceId(d.instanceId()); // an id of its own stays; a derived one follows the host name
    }
    return build(p, "Provisioning", b::build).orElse(d);
  }
}
