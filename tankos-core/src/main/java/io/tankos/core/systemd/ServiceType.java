package io.tankos.core.systemd;

import java.util.Locale;

/**
 * The values of a service's {@code Type=}.
 *
 * <pre>{@code
 * ServiceType.NOTIFY_RELOAD.value(); // "notify-reload"
 * }</pre>
 */
public enum ServiceType {
  /** {@code simple}: started as soon as the process is forked. */
  SIMPLE,
  /** {@code exec}: started once the binary is executed. */
  EXEC,
  /** {@code forking}: started when the first process exits. */
  FORKING,
  /** {@code oneshot}: started when the process exits; may have several {@code ExecStart=}. */
  ONESHOT,
  /** {@code dbus}: started when the bus name is taken. */
  DBUS,
  /** {@code notify}: started when the service sends {@code READY=1}. */
  NOTIFY,
  /** {@code notify-reload}: like notify, reloads by signal (read by systemd 253 and later). */
  NOTIFY_RELOAD,
  /** {@code idle}: like simple, delayed until jobs are dispatched. */
  IDLE;

  /**
   * The value as written after {@code Type=}.
   *
   * @return e.g. {@code oneshot}
   */
  public String value() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
