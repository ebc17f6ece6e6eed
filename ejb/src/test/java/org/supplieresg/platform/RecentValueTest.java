package org.supplieresg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentValueTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-27T09:00:00Z");

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    final ManualClock clock = new ManualClock();
    final AtomicInteger computations = new AtomicInteger();
    final RecentValue<Integer> recent = new RecentValue<>(Duration.ofSeconds(15), Duration.ofSeconds(1), clock);

    Integer compute() {
        return computations.incrementAndGet();
    }

    @Test
    void sharesTheValueWhileTheDataHasNotMovedAndItIsYoung() {
        assertThat(recent.get(() -> List.of(1L, 7L), this::compute).value()).isEqualTo(1);
        clock.now = clock.now.plusSeconds(15);
        RecentValue.Entry<Integer> again = recent.get(() -> List.of(1L, 7L), this::compute);
        assertThat(again.value()).isEqualTo(1);
        assertThat(again.computedAt()).isEqualTo(Instant.parse("2026-11-27T09:00:00Z"));
        assertThat(computations).hasValue(1);
    }

    @Test
    void computesAgainWhenTheFingerprintChangesOrTheValueIsTooOld() {
        recent.get(() -> List.of(1L), this::compute);
        clock.now = clock.now.plusSeconds(1);
        assertThat(recent.get(() -> List.of(2L), this::compute).value()).as("a new score moved the fingerprint").isEqualTo(2);
        clock.now = clock.now.plusSeconds(16);
        assertThat(recent.get(() -> List.of(2L), this::compute).value()).as("older than 15 s").isEqualTo(3);
        recent.forget();
        assertThat(recent.get(() -> List.of(2L), this::compute).value()).isEqualTo(4);
    }

    @Test
    void looksAtTheFingerprintAtMostOncePerRecheckInterval() {
        AtomicInteger looks = new AtomicInteger();
        recent.get(() -> looks.incrementAndGet(), this::compute);
        recent.get(() -> looks.incrementAndGet(), this::compute);
        assertThat(looks).as("within the second, the value is taken as it is").hasValue(1);
        clock.now = clock.now.plusMillis(1000);
        assertThat(recent.get(() -> looks.incrementAndGet(), this::compute).value()).as("the fingerprint moved").isEqualTo(2);
        assertThat(looks).hasValue(2);
    }

    @Test
    void manyCallersAtOnceCauseOneComputation() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 50; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return recent.get(() -> "same", () -> {
                        sleep();
                        return compute();
                    }).value();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(computations).hasValue(1);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
