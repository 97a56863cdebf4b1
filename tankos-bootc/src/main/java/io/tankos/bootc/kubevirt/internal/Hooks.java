package io.tankos.bootc.kubevirt.internal;

/**
 * The guard of the set-once hooks through which a public class of {@code io.tankos.bootc.kubevirt}
 * lends this package what it keeps private ({@link SecretTrees}, {@link VirtualMachineCodec}): only
 * that class may set its hook. On the module path this package is not exported; on the class path
 * it is reachable, and code that set a hook first would make the owning class fail to initialise.
 */
final class Hooks {
  private static final StackWalker WALKER =
      StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  private Hooks() {}

  /**
   * Refuses a caller of the hook setter that calls this other than {@code owner}.
   *
   * @param owner the one class that sets the hook
   * @param hook what the hook is, for the message
   * @throws IllegalCallerException when the setter's caller is another class
   */
  static void requireCaller(Class<?> owner, String hook) {
    // frames: requireCaller, the hook's setter, its caller
    Class<?> caller = WALKER.walk(frames -> frames.skip(2).findFirst())
        .map(StackWalker.StackFrame::getDeclaringClass).orElse(null);
    if (caller != owner) {
      throw new IllegalCallerException(hook + " is set by " + owner.getSimpleName() + " only, not by "
          + (caller == null ? "an unknown caller" : caller.getName()));
    }
  }
}
