# Regenerates QuadletKeys.java and the eight *Unit.java classes of tankos-quadlet from the Quadlet key
# table (quadlet-keys.tsv of the project reference material).
# Usage: python3 gen_quadlet_sources.py PATH/TO/quadlet-keys.tsv tankos-quadlet/src/main/java/io/tankos/quadlet
import csv, re, sys, os
TSV = sys.argv[1]; OUT = sys.argv[2]
rows = []
with open(TSV) as f:
    r = csv.reader(f, delimiter='\t')
    hdr = next(r)
    for row in r:
        rows.append(dict(section=row[0], key=row[1], rep=row[2]=='yes', shape=row[3], since=row[4], readAs=row[8], flag=row[10], example=row[11]))

def ver(s):
    if s.startswith('6.0'): return 'V6_0'
    a,b = s.split('.')[:2]
    return 'V%s_%s' % (a,b)

def jstr(s):
    return '"' + s.replace('\\','\\\\').replace('"','\\"') + '"'

KIND = {"Lookup":"SINGLE","LookupLast":"LAST","LookupBoolean":"BOOLEAN","LookupBooleanWithDefault":"BOOLEAN","LookupUint32":"UINT32","LookupAll":"VERBATIM_LIST","LookupAllStrv":"WORD_LIST","LookupAllArgs":"ARG_LIST","LookupAllKeyVal":"KEY_VALUE_LIST","LookupLastArgs":"EXEC"}
REPSINCE = {("Kube","Yaml"):"V5_5"}

# ---- catalog
lines = []
for d in rows:
    rs = 'null'
    if d['rep']:
        rs = 'PodmanVersion.' + REPSINCE.get((d['section'],d['key']), ver(d['since']))
    lines.append('      key(%s, %s, ValueKind.%s, PodmanVersion.%s, %s, %s, %s)' % (
        jstr(d['section']), jstr(d['key']), KIND[d['readAs']], ver(d['since']), rs, jstr(d['shape']), jstr(d['flag'])))
cat = '''package io.tankos.quadlet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The catalog of every key Quadlet reads in its own sections, across Podman 4.4 … 6.0, with the
 * metadata that drives validation, rendering and parsing. Generated from the project's Quadlet key
 * table (podman-systemd.unit(5) and the key maps of Podman's {@code quadlet.go} per release).
 *
 * <pre>{@code
 * QuadletKeys.find("Container", "AppArmor").get().since();  // V5_8
 * QuadletKeys.forSection("Volume").size();                   // 16
 * }</pre>
 */
public final class QuadletKeys {
  private static final List<QuadletKey> ALL = List.of(
%s);

  private QuadletKeys() {}

  private static QuadletKey key(
      String section, String name, ValueKind kind, PodmanVersion since,
      PodmanVersion repeatableSince, String shape, String flag) {
    return new QuadletKey(section, name, kind, since, repeatableSince, shape, flag);
  }

  /**
   * Every key, in catalog order (by section, then name).
   *
   * @return unmodifiable list
   */
  public static List<QuadletKey> all() {
    return ALL;
  }

  /**
   * The keys of one section.
   *
   * @param section e.g. {@code Container} or {@code Quadlet}
   * @return the keys, possibly empty
   */
  public static List<QuadletKey> forSection(String section) {
    List<QuadletKey> out = new ArrayList<>();
    for (QuadletKey k : ALL) {
      if (k.section().equals(section)) {
        out.add(k);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * A key by section and name (case-sensitive, as Quadlet reads keys).
   *
   * @param section the section
   * @param name the key
   * @return the key, if Quadlet knows it in some version
   */
  public static Optional<QuadletKey> find(String section, String name) {
    for (QuadletKey k : ALL) {
      if (k.section().equals(section) && k.name().equals(name)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /**
   * A key that must exist.
   *
   * @param section the section
   * @param name the key
   * @return the key
   * @throws IllegalArgumentException when unknown
   */
  public static QuadletKey require(String section, String name) {
    return find(section, name)
        .orElseThrow(() -> new IllegalArgumentException("unknown Quadlet key " + section + "." + name));
  }
}
''' % ',\n'.join(lines)
open(os.path.join(OUT,'QuadletKeys.java'),'w').write(cat)

# ---- builders
OVR = {"IPv6":"ipv6","IP6":"ip6","IP":"ip","UserNS":"userNs","DNS":"dns","OS":"os","UID":"uid","GID":"gid"}
def camel(k):
    if k in OVR: return OVR[k]
    toks = re.findall(r'[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z0-9]+|[A-Z]+[0-9]*', k)
    return toks[0].lower() + ''.join(t[0].upper()+t[1:].lower() for t in toks[1:])

ENUMS = {("Container","AutoUpdate"):"AutoUpdatePolicy",("Container","CgroupsMode"):"CgroupsMode",
 ("Container","HealthOnFailure"):"HealthOnFailure",("Container","Notify"):"NotifyMode",
 ("Container","Pull"):"PullPolicy",("Build","Pull"):"PullPolicy",("Image","Policy"):"PullPolicy",
 ("Container","RemapUsers"):"RemapUsers",("Pod","RemapUsers"):"RemapUsers",("Kube","RemapUsers"):"RemapUsers",
 ("Network","Driver"):"NetworkDriver",("Network","IPAMDriver"):"IpamDriver",("Pod","ExitPolicy"):"PodExitPolicy",
 ("Kube","ExitCodePropagation"):"ExitCodePropagation",("Kube","SetWorkingDirectory"):"KubeWorkingDirectory",
 ("Container","LogDriver"):"LogDriver",("Kube","LogDriver"):"LogDriver"}
# enums where a free String overload is also offered (Podman accepts more than the enum)
ENUM_WITH_STRING = {("Container","LogDriver"),("Kube","LogDriver")}

TYPES = [("CONTAINER","Container","ContainerUnit","container","podman run",
 'ContainerUnit web = ContainerUnit.builder("web")\n *     .image("quay.io/example/web:1.0")\n *     .publishPort("127.0.0.1:8080:80")\n *     .environment("TZ", "UTC")\n *     .volume(SystemdValue.withSpecifiers("%h/web:/data:Z"))\n *     .wantedBy("default.target")\n *     .build();'),
 ("VOLUME","Volume","VolumeUnit","volume","podman volume create",'VolumeUnit data = VolumeUnit.builder("web-data").label("app", "web").build();'),
 ("NETWORK","Network","NetworkUnit","network","podman network create",'NetworkUnit net = NetworkUnit.builder("web").subnet("10.89.10.0/24").gateway("10.89.10.1").build();'),
 ("POD","Pod","PodUnit","pod","podman pod create",'PodUnit pod = PodUnit.builder("app").publishPort("8080:80").build();'),
 ("KUBE","Kube","KubeUnit","kube","podman kube play",'KubeUnit kube = KubeUnit.builder("app").yaml("/etc/containers/kube/app.yaml").build();'),
 ("IMAGE","Image","ImageUnit","image","podman image pull",'ImageUnit img = ImageUnit.builder("web").image("quay.io/example/web:1.0").build();'),
 ("BUILD","Build","BuildUnit","build","podman build",'BuildUnit b = BuildUnit.builder("web").imageTag("localhost/web:latest").file("./Containerfile").build();'),
 ("ARTIFACT","Artifact","ArtifactUnit","artifact","podman artifact pull (Podman 5.7+)",'ArtifactUnit a = ArtifactUnit.builder("model").artifact("quay.io/example/model:1").build();'),
]

def esc_doc(s):
    return s.replace('&','&amp;').replace('<','&lt;').replace('>','&gt;').replace('@','{@literal @}').replace('*/','*&#47;')

REFS = {
 "Container": [
  ("image", "ImageUnit", "Image", "the {@code .image} unit whose image to run"),
  ("image", "BuildUnit", "Image", "the {@code .build} unit whose image to run"),
  ("network", "NetworkUnit", "Network", "the {@code .network} unit to join"),
  ("network", "ContainerUnit", "Network", "the {@code .container} whose network namespace to share"),
  ("pod", "PodUnit", "Pod", "the {@code .pod} unit to run in")],
 "Pod": [("network", "NetworkUnit", "Network", "the {@code .network} unit to join")],
 "Kube": [("network", "NetworkUnit", "Network", "the {@code .network} unit to join")],
 "Build": [("network", "NetworkUnit", "Network", "the {@code .network} unit to use")],
 "Volume": [("image", "ImageUnit", "Image", "the {@code .image} unit (with {@code Driver=image})"),
            ("image", "BuildUnit", "Image", "the {@code .build} unit (with {@code Driver=image})")],
}
VOLREF = {"Container","Pod","Build"}

def gen_methods(section, cls):
    out = []
    B = 'Builder'
    def m(doc, sig, body):
        out.append('    /**\n%s\n     * @return this builder\n     */\n    public %s %s {\n      %s\n    }\n' % (doc, B, sig, body))
    for d in [x for x in rows if x['section']==section]:
        k = d['key']; name = camel(k); kind = KIND[d['readAs']]
        since = d['since'].split('(')[0]
        head = '     * {@code %s=}: %s (Podman %s+%s).' % (k, esc_doc(d['shape']), since, '; repeatable, each call adds a line' if d['rep'] else '')
        if d['flag']: head += '\n     * Podman: {@code %s}.' % esc_doc(d['flag'])
        key = jstr(k)
        if kind == 'BOOLEAN':
            m(head + '\n     *\n     * @param value the flag', '%s(boolean value)' % name, 'return quadletBool(%s, value);' % key)
        elif kind == 'UINT32':
            m(head + '\n     *\n     * @param value 0 … 4294967295', '%s(long value)' % name, 'return quadletNumber(%s, value, 0, 4294967295L);' % key)
        elif (section,k) in ENUMS:
            e = ENUMS[(section,k)]
            m(head + '\n     *\n     * @param value the choice', '%s(%s value)' % (name, e), 'return quadletSingle(%s, SystemdValue.literal(value.token()));' % key)
            if k == 'Notify':
                m(head + '\n     *\n     * @param value true: the container notifies systemd itself', '%s(boolean value)' % name, 'return quadletBool(%s, value);' % key)
            if (section,k) in ENUM_WITH_STRING:
                m(head + '\n     *\n     * @param value any value Podman accepts, literal', '%s(String value)' % name, 'return quadletSingle(%s, SystemdValue.literal(value));' % key)
        elif kind in ('SINGLE','LAST'):
            shape = d['shape']
            if shape.startswith('duration'):
                m(head + '\n     *\n     * @param value the duration, written like {@code 1m30s}', '%s(Duration value)' % name, 'return quadletDuration(%s, value);' % key)
                if 'disable' in shape:
                    m('     * {@code %s=disable}.' % k, '%sDisabled()' % name, 'return quadletSingle(%s, SystemdValue.literal("disable"));' % key)
            elif shape.startswith('uint') or shape.startswith('string: numeric'):
                m(head + '\n     *\n     * @param value a non-negative number', '%s(long value)' % name, 'return quadletNumber(%s, value, 0, Long.MAX_VALUE);' % key)
                if shape.startswith('string: numeric'):
                    m(head + '\n     *\n     * @param value the value, with its systemd expansion (e.g. {@code %G})', '%s(SystemdValue value)' % name, 'return quadletSingle(%s, value);' % key)
            elif shape == 'int':
                m(head + '\n     *\n     * @param value a number, -1 for unlimited', '%s(long value)' % name, 'return quadletNumber(%s, value, -1, Long.MAX_VALUE);' % key)
            else:
                helper = 'quadletEmptyAllowed' if k == 'Entrypoint' else 'quadletSingle'
                if k == 'UserNS':
                    m(head + '\n     *\n     * @param value the mode', '%s(UserNs value)' % name, 'return quadletSingle(%s, SystemdValue.literal(value.text()));' % key)
                m(head + '\n     *\n     * @param value the value, literal' + (' (empty clears the image entrypoint, Podman 5.5+)' if k=='Entrypoint' else ''), '%s(String value)' % name, 'return %s(%s, SystemdValue.literal(value));' % (helper, key))
                m(head + '\n     *\n     * @param value the value, with its systemd expansion', '%s(SystemdValue value)' % name, 'return %s(%s, value);' % (helper, key))
        elif kind == 'VERBATIM_LIST':
            m(head + '\n     *\n     * @param value the value, literal', '%s(String value)' % name, 'return quadlet(%s, ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));' % key)
            m(head + '\n     *\n     * @param value the value, with its systemd expansion', '%s(SystemdValue value)' % name, 'return quadlet(%s, ValueKind.VERBATIM_LIST, List.of(value));' % key)
        elif kind in ('WORD_LIST','ARG_LIST','EXEC'):
            what = 'words of one line' if kind != 'EXEC' else 'command and arguments'
            m(head + '\n     *\n     * @param words the %s, literal' % what, '%s(String... words)' % name, 'return quadlet(%s, ValueKind.%s, literals(words));' % (key, kind))
            m(head + '\n     *\n     * @param words the %s, with their systemd expansion' % what, '%s(List<SystemdValue> words)' % name, 'return quadlet(%s, ValueKind.%s, words);' % (key, kind))
            if section == 'Container' and k == 'Secret':
                m('     * {@code Secret=}: a Podman secret mounted as a file or exposed as a variable.\n     *\n     * @param mount the secret mount', 'secret(SecretMount mount)', 'return quadlet(%s, ValueKind.ARG_LIST, List.of(SystemdValue.literal(mount.spec())));' % key)
        elif kind == 'KEY_VALUE_LIST':
            m(head + '\n     *\n     * @param name the name\n     * @param value the value, literal', '%s(String name, String value)' % name, 'return quadletKeyValue(%s, name, SystemdValue.literal(value));' % key)
            m(head + '\n     *\n     * @param name the name\n     * @param value the value, with its systemd expansion', '%s(String name, SystemdValue value)' % name, 'return quadletKeyValue(%s, name, value);' % key)
            m(head + '\n     *\n     * @param values names and literal values, in the map\'s iteration order', '%s(Map<String, String> values)' % name, 'values.forEach((n, v) -> quadletKeyValue(%s, n, SystemdValue.literal(v)));\n      return this;' % key)
            if k == 'Environment':
                m('     * {@code Environment=NAME}: passes the variable from Podman\'s own environment (Podman 5.5+;\n     * 5.4 drops it).\n     *\n     * @param name the variable name', '%sInherited(String name)' % name, 'return quadletKeyOnly(%s, name);' % key)
    for (mn, typ, key, doc) in REFS.get(section, []):
        m('     * {@code %s=UNIT}: %s; the set must contain it.\n     *\n     * @param unit the unit' % (key, doc), '%s(%s unit)' % (mn, typ), 'return quadlet(%s, QuadletKeys.require(%s, %s).kind(), List.of(SystemdValue.literal(unit.fileName())));' % (jstr(key), jstr(section), jstr(key)))
    if section in VOLREF:
        m('     * {@code Volume=UNIT:PATH[:OPTIONS]}: mounts a {@code .volume} unit of the set.\n     *\n     * @param unit the volume unit\n     * @param target the path in the container, optionally followed by {@code :OPTIONS}', 'volume(VolumeUnit unit, String target)', 'return quadlet("Volume", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(unit.fileName() + ":" + target)));')
    return '\n'.join(out)

for (T, section, cls, ext, cmd, example) in TYPES:
    methods = gen_methods(section, cls)
    imports = ['io.tankos.core.unit.UnitFile', 'io.tankos.core.validation.ParseException']
    if 'Duration ' in methods: imports.append('java.time.Duration')
    imports.append('java.util.List')
    if 'Map<' in methods: imports.append('java.util.Map')
    if 'SecretMount' in methods: imports.insert(2, 'io.tankos.quadlet.secret.SecretMount')
    imports.sort()
    src = '''package io.tankos.quadlet;

%s

/**
 * A {@code .%s} Quadlet unit ({@code [%s]} section; Quadlet runs {@code %s}). Every key of the
 * section has a typed builder method; plain {@code String} values are literal, {@link SystemdValue}
 * lets systemd expand specifiers. Generated from the Quadlet key catalog ({@link QuadletKeys}).
 *
 * <pre>{@code
 * %s
 * }</pre>
 */
public final class %s extends QuadletUnit {

  %s(String name, UnitFile file, PodmanVersion version) {
    super(UnitType.%s, name, file, version);
  }

  /**
   * A builder for {@code NAME.%s}.
   *
   * @param name the unit name without extension: {@code web}, a template {@code web@}
   * @return a new builder
   */
  public static Builder builder(String name) {
    return new Builder(name, null, null);
  }

  /**
   * Parses a {@code .%s} file (strictly: unknown keys are errors).
   *
   * @param fileName the file name, ending in {@code .%s}
   * @param text the content
   * @return the unit
   * @throws ParseException {@code FILE:LINE: reason}
   */
  public static %s parse(String fileName, String text) {
    if (QuadletUnit.parse(fileName, text) instanceof %s u) {
      return u;
    }
    throw new ParseException(fileName, 0, "not a .%s file");
  }

  /**
   * A builder holding this unit's content (kept as written) and target version.
   *
   * @return a pre-filled builder
   */
  @Override
  public Builder toBuilder() {
    return new Builder(name(), toUnitFile(), podmanVersion());
  }

  /** Builder of {@link %s}; not thread-safe. */
  public static final class Builder extends UnitBuilder<%s, Builder> {
    Builder(String name, UnitFile base, PodmanVersion version) {
      super(UnitType.%s, name, base, version);
    }

    @Override
    %s create(String name, UnitFile file, PodmanVersion version) {
      return new %s(name, file, version);
    }

%s  }
}
''' % ('\n'.join('import %s;' % i for i in imports), ext, section, cmd, example, cls, cls, T, ext, ext, ext, cls, cls, ext, cls, cls, T, cls, cls, methods)
    open(os.path.join(OUT, cls + '.java'), 'w').write(src)
print("ok")
