package org.qingfeng.localstack.service;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Polls a readiness check until it passes, the process it belongs to ends, or time runs out. The
 * pause between polls is a wait on the process's exit, so a crash is noticed at once.
 */
record ReadinessWait(Duration timeout, Duration interval) {

    enum Outcome {
        READY,
        EXITED,
        TIMED_OUT
    }

    Outcome await(BooleanSupplier ready, CompletableFuture<?> exit) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!exit.isDone()) {
            if (ready.getAsBoolean()) {
                return Outcome.READY;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Outcome.TIMED_OUT;
            }
            pause(exit, Math.min(left, interval.toNanos()));
        }
        return Outcome.EXITED;
    }

    private static void pause(CompletableFuture<?> exit, long nanos) {
        try {
            exit.get(nanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for readiness", e);
        }
    }
}
