package io.tankos.core.systemd;

import io.tankos.core.unit.ExecWords;
import io.tankos.core.unit.TimeSpans;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The value checks {@link SystemdUnit} applies beyond the key table: time spans, command lines,
 * names, and the settings without which systemd refuses to load a unit.
 */
final class UnitRules {
  private static final Pattern ID = Pattern.compile("\\d{1,10}");
  private static final Pattern USER_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,30}");
  private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  /** What separates the units of a list key (compiled once, not by every {@code split}). */
  private static final Pattern UNIT_SEPARATOR = Pattern.compile("[ \t]+");
  /** The prefixes systemd reads before a command's executable. */
  private static final Pattern COMMAND_PREFIXES = Pattern.compile("^[-@:+!|]+");

  /** Keys of which a unit of the type needs at least one, as systemd 252 refuses the unit without. */
  static final Map<UnitType, List<String>> NEEDS_ONE_OF = Map.of(
      UnitType.SERVICE, List.of("ExecStart", "ExecStop", "SuccessAction"),
      UnitType.TIMER, List.of("OnActiveSec", "OnBootSec", "OnStartupSec", "OnUnitActiveSec",
          "OnUnitInactiveSec", "OnCalendar", "OnClockChange", "OnTimezoneChange"),
      UnitType.PATH, List.of("PathExists", "PathExistsGlob", "PathChanged", "PathModified",
          "DirectoryNotEmpty"),
      UnitType.SOCKET, List.of("ListenStream", "ListenDatagram", "ListenSequentialPacket",
          "ListenFIFO", "ListenSpecial", "ListenNetlink", "ListenMessageQueue",
          "ListenUSBFunction"));

  /** {@code Restart=} values systemd 252 reads. */
  static final Set<String> RESTART = Set.of("no", "on-success", "on-failure", "on-abnormal",
      "on-watchdog", "on-abort", "always");

  /** Keys whose values are lists of unit names. */
  static final Set<String> UNIT_LISTS = Set.of("After", "Before", "Wants", "Requires", "PartOf",
      "Requisite", "BindsTo", "Conflicts", "Upholds", "OnFailure", "OnSuccess", "WantedBy",
      "RequiredBy", "Alias", "Also", "Unit");

  private UnitRules() {}

  /**
   * Why a value of a key is not what systemd reads, or null; the value is as the caller gave it.
   * Words of a unit list that use specifiers are left to systemd.
   */
  static String valueProblem(String key, String value, boolean specifiers) {
    if (value.isEmpty()) {
      return null; // an empty assignment resets the key
    }
    if (specifiers) {
      String p = UnitNames.specifierProblem(value);
      if (p != null) {
        return p;
      }
    }
    if (UNIT_LISTS.contains(key)) {
      for (String word : UNIT_SEPARATOR.split(value.trim())) {
        String p = specifiers && word.contains("%") ? null : UnitNames.nameProblem(word);
        if (p != null) {
          return p;
        }
      }
      return null;
    }
    if (key.endsWith("Sec")) {
      return TimeSpans.problem(value);
    }
    if (key.startsWith("Exec")) {
      return commandProblem(value);
    }
    return null;
  }

  /** Why a command line is not one systemd can split, or null. */
  static String commandProblem(String commandLine) {
    if (commandLine.isBlank()) {
      return "command line is empty";
    }
    try {
      List<String> words = ExecWords.split(commandLine);
      String exe = words.isEmpty() ? "" : COMMAND_PREFIXES.matcher(words.get(0)).replaceFirst("");
      return exe.isEmpty() ? "command line names no executable" : null;
    } catch (ExecWords.SplitException e) {
      return "command line cannot be split: " + e.getMessage();
    }
  }

  /** Why text is not a user name or numeric id systemd reads in {@code User=}, or null. */
  static String userProblem(String user) {
    if (ID.matcher(user).matches() || USER_NAME.matcher(user).matches()) {
      return null;
    }
    return "'" + user + "' is not a user name (letters, digits, '_', '-', at most 31) or id";
  }

  /** Why text is not an environment variable name, or null. */
  static String envNameProblem(String name) {
    return VARIABLE.matcher(name).matches() ? null
        : "'" + name + "' is not an environment variable name ([A-Za-z_][A-Za-z0-9_]*)";
  }

  /** Why text cannot be written on one line: a newline or NUL, with its index; or null. */
  static String breakProblem(String text) {
    int nl = text.indexOf('\n');
    if (nl >= 0) {
      return "cannot contain a newline (at index " + nl + ")";
    }
    int cr = text.indexOf('\r');
    if (cr >= 0) {
      return "cannot contain a carriage return (at index " + cr + ")";
    }
    int nul = text.indexOf('\0');
    return nul >= 0 ? "cannot contain a NUL character (at index " + nul + ")" : null;
  }
}
