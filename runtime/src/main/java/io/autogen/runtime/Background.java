package io.autogen.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** Work for the second core: started now, waited for when its result is needed. */
public final class Background {
    private Background() {}

    /**
     * Waits for work whose result is no longer needed (a command that ends early), ignoring how it ended: so that it
     * is not still writing to the project's cache when the command has returned.
     */
    public static void settle(Supplier<?> started) {
        try {
            started.get();
        } catch (RuntimeException | Error e) {
            // its result was not wanted, nor is its failure
        }
    }

    /** Starts {@code work} on a daemon thread; the supplier returned waits for it and rethrows what it threw. */
    public static <T> Supplier<T> start(String name, Supplier<T> work) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(work.get());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return () -> {
            try {
                return f.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        };
    }
}
