package io.blogsearch.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogsearch.engine.SearchBusyException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SearchGateTest {

    private static long in(long millis) {
        return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    }

    @Test
    void neverLetsMoreThanItsSizeThrough() throws Exception {
        SearchGate gate = new SearchGate(2);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> searches = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                searches.add(pool.submit(() -> {
                    try (SearchGate.Turn turn = gate.enter(in(10_000))) {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        Thread.sleep(2);
                        inside.decrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> search : searches) {
                search.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(2);
        assertThat(gate.waiting()).isZero();
    }

    @Test
    void waitingSearchesTakeTheirTurnsInArrivalOrder() throws Exception {
        SearchGate gate = new SearchGate(1);
        List<Integer> order = new CopyOnWriteArrayList<>();
        SearchGate.Turn first = gate.enter(in(1_000));
        List<Thread> waiting = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int arrival = i;
            Thread search = new Thread(() -> {
                try (SearchGate.Turn turn = gate.enter(in(10_000))) {
                    order.add(arrival);
                } catch (Exception e) {
                    order.add(-1);
                }
            });
            search.start();
            waiting.add(search);
            // the next one arrives only once this one is queued
            while (gate.waiting() <= i) {
                Thread.sleep(1);
            }
        }
        first.close();
        for (Thread search : waiting) {
            search.join(10_000);
        }
        assertThat(order).containsExactly(0, 1, 2, 3);
    }

    @Test
    void aSearchThatCannotStartWithinItsBudgetIsRefusedAndTheGateStaysUsable() throws Exception {
        SearchGate gate = new SearchGate(1);
        SearchGate.Turn held = gate.enter(in(1_000));
        long before = System.nanoTime();
        assertThatThrownBy(() -> gate.enter(in(50)))
                .isInstanceOf(SearchBusyException.class)
                .hasMessageContaining("server busy").hasMessageContaining("1 searches running");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before)).isGreaterThanOrEqualTo(40);
        held.close();
        CountDownLatch entered = new CountDownLatch(1);
        try (SearchGate.Turn turn = gate.enter(in(1_000))) {
            entered.countDown();
        }
        assertThat(entered.getCount()).isZero();
    }

    @Test
    void refusesASizeBelowOne() {
        assertThatThrownBy(() -> new SearchGate(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }
}
