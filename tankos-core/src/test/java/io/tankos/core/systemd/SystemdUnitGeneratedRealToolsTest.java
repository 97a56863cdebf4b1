package io.tankos.core.systemd;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.Chars;
import io.tankos.testkit.Gen;
import io.tankos.testkit.RealTools;
import io.tankos.testkit.RequiresTools;
import io.tankos.testkit.Seeded;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Random valid builders: every unit they make passes {@code systemd-analyze verify}. */
@RequiresTools({RealTools.SYSTEMD_ANALYZE})
class SystemdUnitGeneratedRealToolsTest {
  private static final List<String> SPANS =
      List.of("900", "300", "15min", "1h 30s", "2.5s", "500ms", "1d", "1w", "5 min", "90sec");
  private static final List<String> CALENDARS =
      List.of("daily", "weekly", "*-*-* 04:00:00", "Mon..Fri 09:00", "hourly");
  private static final List<String> ORDER =
      List.of("network-online.target", "local-fs.target", "time-sync.target");
  private static final Chars TEXT = Chars.alphaNumeric().plus(Chars.of(" %$'\"\\;:,.-_/é"));
  private static final Chars NAME = Chars.of("abcdefghijklmnopqrstuvwxyz0123456789-_");

  @TempDir Path tmp;

  /** One draw: a scope and the units to verify together. */
  record Draw(UnitScope scope, List<SystemdUnit> units) {
    @Override
    public String toString() {
      return scope + " " + units.stream().map(u -> u.fileName() + ":\n" + u).toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> randomValidUnitsPassVerify() {
    return Seeded.cases("randomValidUnitsPassVerify", (Gen<Draw>) SystemdUnitGeneratedRealToolsTest::draw)
        .tries(30)
        .dynamicTests(d -> {
          SystemdTools.Run r = SystemdTools.verify(tmp, d.scope(), d.units());
          assertThat(r.exitCode()).as(r.output()).isZero();
          assertThat(r.output()).isEmpty();
        });
  }

  private static Draw draw(SplittableRandom r) {
    String name = "t" + Gen.strings(NAME, 1, 20).next(r);
    UnitType type = pick(r, List.of(UnitType.values()));
    SystemdUnit.Builder b = SystemdUnit.builder(type, name);
    common(r, b);
    if (r.nextBoolean() || type == UnitType.TARGET) {
      b.wantedBy(switch (type) {
        case TIMER -> "timers.target";
        case SOCKET -> "sockets.target";
        case PATH -> "paths.target";
        default -> r.nextBoolean() ? "multi-user.target" : "default.target";
      });
    }
    List<SystemdUnit> units = new ArrayList<>();
    switch (type) {
      case SERVICE -> service(r, b);
      case TIMER -> {
        b.onBootSec(pick(r, SPANS));
        if (r.nextBoolean()) {
          b.onUnitActiveSec(pick(r, SPANS));
        }
        if (r.nextBoolean()) {
          b.onCalendar(pick(r, CALENDARS)).persistent(r.nextBoolean());
        }
      }
      case PATH -> b.set("Path", "PathExists", "/" + Gen.strings(NAME, 1, 12).next(r));
      case SOCKET -> b.add("Socket", "ListenStream", r.nextBoolean()
          ? "/run/" + name + ".sock" : Integer.toString(1024 + r.nextInt(60000)));
      case TARGET -> { }
    }
    if (type != UnitType.SERVICE && type != UnitType.TARGET) {
      units.add(SystemdUnit.service(name).execStart("/bin/true").build());
    }
    units.add(b.build());
    return new Draw(r.nextBoolean() ? UnitScope.SYSTEM : UnitScope.USER, units);
  }

  private static void common(SplittableRandom r, SystemdUnit.Builder b) {
    if (r.nextBoolean()) {
      b.description(Gen.strings(TEXT, 1, 40).next(r).strip() + "x");
    }
    if (r.nextBoolean()) {
      b.after(pick(r, ORDER)).wants(pick(r, ORDER));
    }
    if (r.nextBoolean()) {
      b.conditionPathExists((r.nextBoolean() ? "!" : "") + "/etc/" + Gen.strings(NAME, 1, 10).next(r));
    }
  }

  private static void service(SplittableRandom r, SystemdUnit.Builder b) {
    List<ServiceType> types = List.of(ServiceType.SIMPLE, ServiceType.EXEC, ServiceType.FORKING,
        ServiceType.ONESHOT, ServiceType.NOTIFY, ServiceType.IDLE);
    ServiceType t = pick(r, types);
    b.type(t);
    int starts = t == ServiceType.ONESHOT ? 1 + r.nextInt(3) : 1;
    for (int i = 0; i < starts; i++) {
      List<String> argv = new ArrayList<>(List.of("/bin/true"));
      argv.addAll(Gen.strings(TEXT, 1, 12).list(0, 4).next(r));
      b.execStart(argv);
    }
    if (r.nextBoolean()) {
      b.execStartPre("/bin/true pre");
    }
    if (r.nextBoolean()) {
      b.timeoutStartSec(pick(r, SPANS));
    }
    if (r.nextBoolean()) {
      b.restart(pick(r, t == ServiceType.ONESHOT ? List.of("no", "on-failure", "on-abort")
          : List.copyOf(UnitRules.RESTART))).restartSec(pick(r, SPANS));
    }
    if (t == ServiceType.ONESHOT && r.nextBoolean()) {
      b.remainAfterExit(true);
    }
    if (r.nextBoolean()) {
      b.environment("V" + Gen.strings(NAME, 0, 6).next(r).replace("-", "_"),
          Gen.strings(TEXT, 0, 20).next(r));
    }
  }

  private static <T> T pick(SplittableRandom r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }
}
