package io.tankos.bootc.kubevirt.internal;

import java.util.function.Function;

/**
 * A function that a public class of {@code io.tankos.bootc.kubevirt} lends this package, to reach
 * what it keeps private ({@link SecretTrees}, {@link VirtualMachineCodec}): set once, by that class
 * only, when it is initialised. On the module path this package is not exported; on the class path
 * it is reachable, and code that set the function first would make the owning class fail to
 * initialise, or receive what the function is handed.
 *
 * @param <T> what the function takes
 * @param <R> what it returns
 */
final class Hook<T, R> {
  private static final StackWalker WALKER =
      StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  private final Class<?> owner;
  private final String what;
  private volatile Function<T, R> function;

  /**
   * A hook not yet set.
   *
   * @param owner the one class that sets it
   * @param what what the function is, for messages (e.g. {@code the Secrets' tree writer})
   */
  Hook(Class<?> owner, String what) {
    this.owner = owner;
    this.what = what;
  }

  /**
   * Sets the function; to be called from the public setter that the owner calls.
   *
   * @param f the function
   * @throws IllegalCallerException when the public setter's caller is not the owner
   * @throws IllegalStateException when the function is set
   */
  synchronized void set(Function<T, R> f) {
    // frames: this method, the public setter, its caller
    Class<?> caller = WALKER.walk(frames -> frames.skip(2).findFirst())
        .map(StackWalker.StackFrame::getDeclaringClass).orElse(null);
    if (caller != owner) {
      throw new IllegalCallerException(what + " is set by " + owner.getSimpleName() + " only, not by "
          + (caller == null ? "an unknown caller" : caller.getName()));
    }
    if (function != null) {
      throw new IllegalStateException(what + " is set");
    }
    function = f;
  }

  /**
   * Applies the function.
   *
   * @param t its argument
   * @return its result
   */
  R apply(T t) {
    return function.apply(t);
  }
}
