package io.tankos.cloudinit.internal;

import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;

/**
 * A SnakeYAML event stream that passes every event through unchanged and shows each one, as the
 * composer pulls it, to {@link #seen(Event)}: the one place where checks on the event stream hook in.
 */
abstract class EventWatcher implements Parser {
  private final Parser delegate;

  EventWatcher(Parser delegate) {
    this.delegate = delegate;
  }

  /**
   * Called for each event the composer takes, before it gets it.
   *
   * @param e the event
   */
  abstract void seen(Event e);

  @Override
  public final boolean checkEvent(Event.ID choice) {
    return delegate.checkEvent(choice);
  }

  @Override
  public final Event peekEvent() {
    return delegate.peekEvent();
  }

  @Override
  public final Event getEvent() {
    Event e = delegate.getEvent();
    seen(e);
    return e;
  }
}
