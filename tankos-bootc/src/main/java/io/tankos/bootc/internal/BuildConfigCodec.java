package io.tankos.bootc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.tankos.bootc.bib.BuildConfig;
import io.tankos.bootc.bib.DataSize;
import io.tankos.bootc.bib.DiskLayout;
import io.tankos.bootc.bib.FilesystemSize;
import io.tankos.bootc.bib.ImageGroup;
import io.tankos.bootc.bib.ImageUser;
import io.tankos.bootc.bib.InstallerOptions;
import io.tankos.bootc.bib.IsoLabels;
import io.tankos.bootc.bib.LogicalVolume;
import io.tankos.bootc.bib.Partition;
import io.tankos.bootc.bib.PasswordHash;
import io.tankos.bootc.bib.Subvolume;
import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Renders {@link BuildConfig} as TOML or JSON and parses it back with BIB's strictness. */
public final class BuildConfigCodec {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TomlMapper TOML = new TomlMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Keys BIB knows but this model does not represent; parsing them is refused, not dropped. */
  private static final Set<String> UNMODELLED_CUSTOMIZATIONS =
      Set.of(
          "hostname", "sshkey", "directories", "files", "ignition", "sshd", "timezone", "locale",
          "firewall", "services", "installation_device", "partitioning_mode", "fdo", "openscap",
          "repositories", "rpm", "rhsm", "cacerts", "containers-storage", "firstboot", "dnf");

  private static final Set<String> UNMODELLED_TOP =
      Set.of("packages", "modules", "enabled_modules", "groups", "containers", "distro", "architecture");

  private BuildConfigCodec() {}

  /**
   * Renders TOML.
   *
   * @param config the config
   * @return the text
   */
  public static String toToml(BuildConfig config) {
    try {
      String text = TOML.writeValueAsString(tree(config));
      return text.endsWith("\n") || text.isEmpty() ? text : text + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render TOML", e);
    }
  }

  /**
   * Renders JSON, two-space indented, with a final newline.
   *
   * @param config the config
   * @return the text
   */
  public static String toJson(BuildConfig config) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return JSON.writer(printer).writeValueAsString(tree(config)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render JSON", e);
    }
  }

  /**
   * Parses TOML.
   *
   * @param source name for messages
   * @param text the text
   * @return the config
   */
  public static BuildConfig parseToml(String source, String text) {
    JsonNode root;
    try {
      root = TOML.readTree(text);
    } catch (JsonProcessingException e) {
      throw JacksonErrors.parseException(source, e, "not TOML: ", 0);
    }
    return new Reader(new JsonFields(source)).config(root == null ? NODES.objectNode() : root);
  }

  /**
   * Parses JSON, accepting the legacy {@code {"blueprint": {...}}} wrapper.
   *
   * @param source name for messages
   * @param text the text
   * @return the config
   */
  public static BuildConfig parseJson(String source, String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw JacksonErrors.parseException(source, e, "not JSON: ", 0);
    }
    if (root == null || !root.isObject()) {
      throw new ParseException(source, 0, "expected a JSON object");
    }
    if (root.size() == 1 && root.has("blueprint") && root.get("blueprint").isObject()) {
      root = root.get("blueprint");
    }
    return new Reader(new JsonFields(source)).config(root);
  }

  private static ObjectNode tree(BuildConfig config) {
    ObjectNode root = NODES.objectNode();
    config.name().ifPresent(v -> root.put("name", v));
    config.description().ifPresent(v -> root.put("description", v));
    config.version().ifPresent(v -> root.put("version", v));
    ObjectNode c = NODES.objectNode();
    if (!config.users().isEmpty()) {
      ArrayNode users = c.putArray("user");
      for (ImageUser u : config.users()) {
        ObjectNode n = users.addObject();
        n.put("name", u.name());
        u.description().ifPresent(v -> n.put("description", v));
        u.password().ifPresent(v -> n.put("password", v.crypt()));
        u.key().ifPresent(v -> n.put("key", v));
        u.home().ifPresent(v -> n.put("home", v));
        u.shell().ifPresent(v -> n.put("shell", v));
        u.groups().ifPresent(v -> strings(n.putArray("groups"), v));
        u.uid().ifPresent(v -> n.put("uid", v));
        u.gid().ifPresent(v -> n.put("gid", v));
      }
    }
    if (!config.groups().isEmpty()) {
      ArrayNode groups = c.putArray("group");
      for (ImageGroup g : config.groups()) {
        ObjectNode n = groups.addObject();
        n.put("name", g.name());
        if (g.gid() != null) {
          n.put("gid", g.gid());
        }
      }
    }
    if (config.kernelName().isPresent() || config.kernelAppend().isPresent()) {
      ObjectNode k = c.putObject("kernel");
      config.kernelName().ifPresent(v -> k.put("name", v));
      config.kernelAppend().ifPresent(v -> k.put("append", v));
    }
    if (!config.filesystems().isEmpty()) {
      ArrayNode fs = c.putArray("filesystem");
      for (FilesystemSize f : config.filesystems()) {
        ObjectNode n = fs.addObject();
        n.put("mountpoint", f.mountpoint());
        size(n, "minsize", f.minsize());
      }
    }
    config.disk().ifPresent(d -> c.set("disk", disk(d)));
    config.installer().ifPresent(i -> c.set("installer", installer(i)));
    config.iso().ifPresent(i -> c.set("iso", iso(i)));
    config.fips().ifPresent(v -> c.put("fips", v));
    if (!c.isEmpty()) {
      root.set("customizations", c);
    }
    return root;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static void size(ObjectNode n, String field, DataSize size) {
    if (size == null) {
      return;
    }
    if (size.isBytes()) {
      n.put(field, size.byteCount());
    } else {
      n.put(field, size.toString());
    }
  }

  private static void putIfSet(ObjectNode n, String field, String value) {
    if (value != null) {
      n.put(field, value);
    }
  }

  private static ObjectNode disk(DiskLayout d) {
    ObjectNode n = NODES.objectNode();
    putIfSet(n, "type", d.type());
    size(n, "minsize", d.minsize());
    ArrayNode parts = n.putArray("partitions");
    for (Partition p : d.partitions()) {
      ObjectNode pn = parts.addObject();
      pn.put("type", p.type());
      size(pn, "minsize", p.minsize());
      p.partType().ifPresent(v -> pn.put("part_type", v));
      p.partLabel().ifPresent(v -> pn.put("part_label", v));
      p.partUuid().ifPresent(v -> pn.put("part_uuid", v));
      p.name().ifPresent(v -> pn.put("name", v));
      p.mountpoint().ifPresent(v -> pn.put("mountpoint", v));
      p.label().ifPresent(v -> pn.put("label", v));
      p.fsType().ifPresent(v -> pn.put("fs_type", v));
      if (!p.logicalVolumes().isEmpty()) {
        ArrayNode lvs = pn.putArray("logical_volumes");
        for (LogicalVolume lv : p.logicalVolumes()) {
          ObjectNode ln = lvs.addObject();
          putIfSet(ln, "name", lv.name());
          size(ln, "minsize", lv.minsize());
          putIfSet(ln, "mountpoint", lv.mountpoint());
          putIfSet(ln, "label", lv.label());
          putIfSet(ln, "fs_type", lv.fsType());
        }
      }
      if (!p.subvolumes().isEmpty()) {
        ArrayNode svs = pn.putArray("subvolumes");
        for (Subvolume sv : p.subvolumes()) {
          ObjectNode sn = svs.addObject();
          sn.put("name", sv.name());
          sn.put("mountpoint", sv.mountpoint());
        }
      }
    }
    return n;
  }

  private static ObjectNode installer(InstallerOptions i) {
    ObjectNode n = NODES.objectNode();
    if (i.unattended() != null) {
      n.put("unattended", i.unattended());
    }
    if (i.sudoNopasswd() != null) {
      strings(n.putArray("sudo-nopasswd"), i.sudoNopasswd());
    }
    if (i.kickstart() != null) {
      n.putObject("kickstart").put("contents", i.kickstart());
    }
    if (i.enableModules() != null || i.disableModules() != null) {
      ObjectNode m = n.putObject("modules");
      if (i.enableModules() != null) {
        strings(m.putArray("enable"), i.enableModules());
      }
      if (i.disableModules() != null) {
        strings(m.putArray("disable"), i.disableModules());
      }
    }
    return n;
  }

  private static ObjectNode iso(IsoLabels i) {
    ObjectNode n = NODES.objectNode();
    putIfSet(n, "volume_id", i.volumeId());
    putIfSet(n, "application_id", i.applicationId());
    putIfSet(n, "publisher", i.publisher());
    return n;
  }

  /** Strict tree reader: unknown keys and wrong types are errors naming the key path. */
  private static final class Reader {
    private final JsonFields f;

    Reader(JsonFields f) {
      this.f = f;
    }

    BuildConfig config(JsonNode root) {
      keys(root, "", Set.of("name", "description", "version", "customizations"), UNMODELLED_TOP);
      BuildConfig.Builder b = BuildConfig.builder();
      b.name(f.string(root, "name", "name"));
      b.description(f.string(root, "description", "description"));
      b.version(f.string(root, "version", "version"));
      JsonNode c = f.object(root, "customizations", "customizations");
      if (c != null) {
        customizations(c, b);
      }
      try {
        return b.build();
      } catch (ValidationException e) {
        throw f.error(e.location().toString(), e.problems().get(0).message());
      }
    }

    private void customizations(JsonNode c, BuildConfig.Builder b) {
      keys(
          c,
          "customizations",
          Set.of("user", "group", "kernel", "filesystem", "disk", "installer", "iso", "fips"),
          UNMODELLED_CUSTOMIZATIONS);
      List<JsonNode> users = objects(c, "user", "customizations.user");
      for (int i = 0; i < users.size(); i++) {
        b.addUser(user(users.get(i), "customizations.user[" + i + "]"));
      }
      List<JsonNode> groups = objects(c, "group", "customizations.group");
      for (int i = 0; i < groups.size(); i++) {
        JsonNode g = groups.get(i);
        String at = "customizations.group[" + i + "]";
        keys(g, at, Set.of("name", "gid"), Set.of());
        b.addGroup(new ImageGroup(f.requiredString(g, "name", at + ".name"), integer(g, "gid", at + ".gid")));
      }
      JsonNode kernel = f.object(c, "kernel", "customizations.kernel");
      if (kernel != null) {
        keys(kernel, "customizations.kernel", Set.of("name", "append"), Set.of());
        b.kernelName(f.string(kernel, "name", "customizations.kernel.name"));
        b.kernelAppend(f.string(kernel, "append", "customizations.kernel.append"));
      }
      List<JsonNode> filesystems = objects(c, "filesystem", "customizations.filesystem");
      for (int i = 0; i < filesystems.size(); i++) {
        JsonNode fs = filesystems.get(i);
        String at = "customizations.filesystem[" + i + "]";
        keys(fs, at, Set.of("mountpoint", "minsize", "size"), Set.of());
        DataSize size = size(fs, fs.has("minsize") ? "minsize" : "size", at + ".minsize");
        if (size == null) {
          throw f.error(at + ".minsize", "is required");
        }
        b.addFilesystem(new FilesystemSize(f.requiredString(fs, "mountpoint", at + ".mountpoint"), size));
      }
      JsonNode disk = f.object(c, "disk", "customizations.disk");
      if (disk != null) {
        b.disk(disk(disk, "customizations.disk"));
      }
      JsonNode installer = f.object(c, "installer", "customizations.installer");
      if (installer != null) {
        b.installer(installer(installer, "customizations.installer"));
      }
      JsonNode iso = f.object(c, "iso", "customizations.iso");
      if (iso != null) {
        String at = "customizations.iso";
        keys(iso, at, Set.of("volume_id", "application_id", "publisher"), Set.of());
        b.iso(
            new IsoLabels(
                f.string(iso, "volume_id", at + ".volume_id"),
                f.string(iso, "application_id", at + ".application_id"),
                f.string(iso, "publisher", at + ".publisher")));
      }
      if (f.optional(c, "fips") != null) {
        b.fips(f.bool(c, "fips", "customizations.fips", false));
      }
    }

    private ImageUser user(JsonNode u, String at) {
      keys(
          u,
          at,
          Set.of("name", "description", "password", "key", "home", "shell", "groups", "uid", "gid"),
          Set.of("expiredate", "force_password_reset"));
      ImageUser.Builder b = ImageUser.builder(f.requiredString(u, "name", at + ".name"));
      b.description(f.string(u, "description", at + ".description"));
      String password = f.string(u, "password", at + ".password");
      if (password != null) {
        if (!PasswordHash.isCrypted(password)) {
          throw f.error(
              at + ".password",
              "plaintext password rejected: give a crypt hash starting with $6$, $5$ or $2b$");
        }
        b.password(PasswordHash.of(password));
      }
      b.key(f.string(u, "key", at + ".key"));
      b.home(f.string(u, "home", at + ".home"));
      b.shell(f.string(u, "shell", at + ".shell"));
      b.groups(strings(u, "groups", at + ".groups"));
      b.uid(integer(u, "uid", at + ".uid"));
      b.gid(integer(u, "gid", at + ".gid"));
      return part(b::build, at);
    }

    /**
     * Builds one element of a list; the element reports at its path without an index, which is
     * put back here ({@code customizations.user.home} at {@code customizations.user[2]}).
     */
    private <T> T part(java.util.function.Supplier<T> build, String at) {
      try {
        return build.get();
      } catch (ValidationException e) {
        String root = at.substring(0, at.lastIndexOf('['));
        String path = e.location().path();
        throw f.error(path.startsWith(root) ? at + path.substring(root.length()) : at, e.problems().get(0).message());
      }
    }

    private DiskLayout disk(JsonNode d, String at) {
      keys(d, at, Set.of("type", "minsize", "partitions"), Set.of("start_offset", "sector_size"));
      List<Partition> partitions = new ArrayList<>();
      List<JsonNode> parts = objects(d, "partitions", at + ".partitions");
      for (int i = 0; i < parts.size(); i++) {
        JsonNode p = parts.get(i);
        String pa = at + ".partitions[" + i + "]";
        keys(
            p,
            pa,
            Set.of(
                "type", "minsize", "part_type", "part_label", "part_uuid", "name", "mountpoint",
                "label", "fs_type", "logical_volumes", "subvolumes"),
            Set.of());
        String type = f.string(p, "type", pa + ".type");
        DataSize minsize = size(p, "minsize", pa + ".minsize");
        if (minsize == null) {
          throw f.error(pa + ".minsize", "is required");
        }
        Partition.Builder b =
            Partition.builder(type == null ? "plain" : type, minsize)
                .partType(f.string(p, "part_type", pa + ".part_type"))
                .partLabel(f.string(p, "part_label", pa + ".part_label"))
                .partUuid(f.string(p, "part_uuid", pa + ".part_uuid"))
                .name(f.string(p, "name", pa + ".name"))
                .mountpoint(f.string(p, "mountpoint", pa + ".mountpoint"))
                .label(f.string(p, "label", pa + ".label"))
                .fsType(f.string(p, "fs_type", pa + ".fs_type"));
        List<JsonNode> lvs = objects(p, "logical_volumes", pa + ".logical_volumes");
        for (int v = 0; v < lvs.size(); v++) {
          JsonNode lv = lvs.get(v);
          String la = pa + ".logical_volumes[" + v + "]";
          keys(lv, la, Set.of("name", "minsize", "mountpoint", "label", "fs_type"), Set.of());
          DataSize lvSize = size(lv, "minsize", la + ".minsize");
          if (lvSize == null) {
            throw f.error(la + ".minsize", "is required");
          }
          b.addLogicalVolume(
              new LogicalVolume(
                  f.string(lv, "name", la + ".name"),
                  lvSize,
                  f.string(lv, "mountpoint", la + ".mountpoint"),
                  f.string(lv, "label", la + ".label"),
                  f.string(lv, "fs_type", la + ".fs_type")));
        }
        List<JsonNode> svs = objects(p, "subvolumes", pa + ".subvolumes");
        for (int v = 0; v < svs.size(); v++) {
          JsonNode sv = svs.get(v);
          String sa = pa + ".subvolumes[" + v + "]";
          keys(sv, sa, Set.of("name", "mountpoint"), Set.of());
          b.addSubvolume(
              new Subvolume(
                  f.requiredString(sv, "name", sa + ".name"),
                  f.requiredString(sv, "mountpoint", sa + ".mountpoint")));
        }
        partitions.add(part(b::build, pa));
      }
      return new DiskLayout(f.string(d, "type", at + ".type"), size(d, "minsize", at + ".minsize"), partitions);
    }

    private InstallerOptions installer(JsonNode i, String at) {
      keys(i, at, Set.of("unattended", "sudo-nopasswd", "kickstart", "modules"), Set.of("bootloader", "payload"));
      String kickstart = null;
      JsonNode ks = f.object(i, "kickstart", at + ".kickstart");
      if (ks != null) {
        keys(ks, at + ".kickstart", Set.of("contents"), Set.of());
        kickstart = f.requiredString(ks, "contents", at + ".kickstart.contents");
      }
      List<String> enable = null;
      List<String> disable = null;
      JsonNode modules = f.object(i, "modules", at + ".modules");
      if (modules != null) {
        keys(modules, at + ".modules", Set.of("enable", "disable"), Set.of());
        enable = strings(modules, "enable", at + ".modules.enable");
        disable = strings(modules, "disable", at + ".modules.disable");
      }
      Boolean unattended =
          f.optional(i, "unattended") == null ? null : f.bool(i, "unattended", at + ".unattended", false);
      return new InstallerOptions(
          unattended, strings(i, "sudo-nopasswd", at + ".sudo-nopasswd"), kickstart, enable, disable);
    }

    private void keys(JsonNode node, String at, Set<String> known, Set<String> unmodelled) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        String path = at.isEmpty() ? key : at + "." + key;
        if (unmodelled.contains(key)) {
          throw f.error(path, "known to bootc-image-builder but not modelled by tankos' BuildConfig");
        }
        if (!known.contains(key)) {
          throw f.error(path, "unknown key (bootc-image-builder rejects unknown keys)");
        }
      }
    }

    private List<JsonNode> objects(JsonNode parent, String field, String at) {
      JsonNode v = f.optional(parent, field);
      List<JsonNode> list = new ArrayList<>();
      if (v == null) {
        return list;
      }
      if (!v.isArray()) {
        throw f.error(at, "expected an array of tables/objects");
      }
      for (int i = 0; i < v.size(); i++) {
        if (!v.get(i).isObject()) {
          throw f.error(at + "[" + i + "]", "expected a table/object");
        }
        list.add(v.get(i));
      }
      return list;
    }

    private List<String> strings(JsonNode parent, String field, String at) {
      JsonNode v = f.optional(parent, field);
      if (v == null) {
        return null;
      }
      if (!v.isArray()) {
        throw f.error(at, "expected an array of strings");
      }
      List<String> list = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        if (!v.get(i).isTextual()) {
          throw f.error(at + "[" + i + "]", "expected a string");
        }
        list.add(v.get(i).textValue());
      }
      return list;
    }

    private Integer integer(JsonNode parent, String field, String at) {
      JsonNode v = f.optional(parent, field);
      if (v == null) {
        return null;
      }
      if (!v.isIntegralNumber() || !v.canConvertToInt()) {
        throw f.error(at, "expected an integer, found " + v);
      }
      return v.intValue();
    }

    private DataSize size(JsonNode parent, String field, String at) {
      JsonNode v = f.optional(parent, field);
      if (v == null) {
        return null;
      }
      try {
        if (v.isIntegralNumber() && v.canConvertToLong()) {
          return DataSize.bytes(v.longValue());
        }
        if (v.isTextual()) {
          return DataSize.of(v.textValue());
        }
      } catch (ValidationException e) {
        throw f.error(at, e.problems().get(0).message());
      }
      throw f.error(at, "expected integer bytes or a size such as \"10 GiB\", found " + v);
    }
  }
}
