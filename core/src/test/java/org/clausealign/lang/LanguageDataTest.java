package org.clausealign.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LanguageDataTest {
    @Test
    void loadsOnceOnFirstUse() {
        AtomicInteger loads = new AtomicInteger();
        LanguageData<String> data = new LanguageData<>(() -> "words " + loads.incrementAndGet());
        assertEquals(0, loads.get());
        assertEquals("words 1", data.get());
        assertEquals("words 1", data.get());
        assertEquals(1, loads.get());
    }

    @Test
    void aLoadStartedEarlyRunsOnAnotherThreadAndGetWaitsForIt() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        LanguageData<Thread> data = new LanguageData<>(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return Thread.currentThread();
        });
        data.start();
        data.start();
        release.countDown();
        Thread loader = data.get();
        assertTrue(loader != Thread.currentThread() && loader.isDaemon(), loader.toString());
        assertSame(loader, data.get());
    }

    @Test
    void aFailedLoadFailsEveryGetWithItsOwnException() {
        IllegalArgumentException failure = new IllegalArgumentException("no dictionary");
        LanguageData<String> data = new LanguageData<>(() -> {
            throw failure;
        });
        data.start();
        assertSame(failure, assertThrows(IllegalArgumentException.class, data::get));
        assertSame(failure, assertThrows(IllegalArgumentException.class, data::get));
    }
}
